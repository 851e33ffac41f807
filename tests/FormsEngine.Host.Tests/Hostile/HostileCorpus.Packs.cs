using System.IO.Compression;
using System.Text;
using FormsEngine.Host.Tests.Packs;
using FormsEngine.Host.Tests.Uploads;

namespace FormsEngine.Host.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static void PackImports(List<HostileCase> cases)
    {
        const string F = "packs";
        var manifest = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestPacks.MiniFolder, "pack.json")));
        var hostileNames = new[]
        {
            "../evil.json", "../../etc/passwd", "forms/../../evil.json", "..\\evil.json", "/etc/passwd", "/pack.json", "C:\\evil.json",
            "C:/Windows/evil.json", "forms/\u0000.json", "forms/" + new string('a', 300) + ".json", "./../pack.json", "forms/..",
        };
        foreach (var name in hostileNames)
        {
            cases.Add(new(F, "entry " + name, "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", manifest), (name, "{}"u8.ToArray())), "application/zip"), HostileShape.Problem));
        }

        var zeros = new byte[3 * 1024 * 1024];
        cases.Add(new(F, "zip bomb entry", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", manifest), ("forms/bomb.json", zeros)), "application/zip"), HostileShape.Problem));
        cases.Add(new(F, "zip bomb manifest", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", zeros)), "application/zip"), HostileShape.Problem));
        cases.Add(new(F, "many entries", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip([.. Enumerable.Range(0, 600).Select(i => ($"forms/f{i}.json", "{}"u8.ToArray())), ("pack.json", manifest)]), "application/zip"), HostileShape.Problem));
        var mini = TestPacks.Mini();
        (string Name, byte[] Body)[] junk =
        [
            ("empty", []), ("not a zip", "这不是压缩包"u8.ToArray()), ("elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', .. new byte[100]]),
            ("pe", [.. UploadSamples.Exe]), ("json", manifest), ("truncated zip", mini[..(mini.Length / 2)]), ("zip header only", [0x50, 0x4B, 0x03, 0x04]),
            ("empty zip", [0x50, 0x4B, 0x05, 0x06, .. new byte[18]]), ("zip without pack.json", Zip(("forms/a.json", "{}"u8.ToArray()))),
            ("pack.json broken", Zip(("pack.json", "{\"id\":"u8.ToArray()))), ("pack.json deep", Zip(("pack.json", Encoding.UTF8.GetBytes(new string('[', 1000) + new string(']', 1000))))),
        ];
        foreach (var (name, body) in junk)
        {
            cases.Add(new(F, name, "admin", HttpMethod.Post, "/api/v1/packs", Bytes(body, "application/zip"), HostileShape.Problem));
        }

        cases.Add(new(F, "zip as octet-stream garbage", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray(), "application/octet-stream"), HostileShape.Problem));

        string[] expressions =
        [
            "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"", "input1.GetType().Assembly.FullName != \"\"", "input1.年龄.GetType() != null",
            "Activator.CreateInstance(\"System.Diagnostics.Process\") != null", "System.Environment.Exit(0) == 0", "typeof(System.IO.File) != null",
            "unknownFunction(input1.年龄)", "input1.年龄 >= ", "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) == 1",
            "new System.Net.WebClient() != null", "input1.姓名.Length > 0 && System.Threading.Thread.Sleep(100000) == null", "AppDomain.CurrentDomain != null",
        ];
        foreach (var expression in expressions)
        {
            cases.Add(new(F, "expression " + expression[..Math.Min(40, expression.Length)], "admin", HttpMethod.Post, "/api/v1/packs", Bytes(MiniWithRule(expression, javaScript: false), "application/zip"), HostileShape.Problem));
        }

        string[] scripts =
        [
            "(function(){ while (true) {} })()", "(function(){ for (;;) {} return true; })()", "(function(){ var a = []; while (true) { a.push(new Array(1000000).join('x')); } })()",
            "(function f(){ return f(); })()", "(function(){ var s = 'x'; while (true) { s = s + s; } })()", "(function(){ var o = {}; for (var i = 0; ; i++) { o['k' + i] = i; } })()",
            "input1.constructor.constructor('return process')()", "this.System.IO.File.ReadAllText('/etc/passwd')", "importNamespace('System.IO').File.ReadAllText('/etc/passwd')",
            "(function(){ throw new Error('boom'); })()",
        ];
        foreach (var script in scripts)
        {
            cases.Add(new(F, "javascript " + script[..Math.Min(40, script.Length)], "admin", HttpMethod.Post, "/api/v1/packs", Bytes(MiniWithRule(script, javaScript: true), "application/zip"), HostileShape.Problem));
        }
    }

    /// <summary>The mini pack (unsigned, as a zip of its files) with its age rule replaced by <paramref name="expression"/>.</summary>
    private static byte[] MiniWithRule(string expression, bool javaScript) => TestPacks.Mini(files =>
    {
        var rule = files["rules/mini-elderly.json"]["Rules"]![0]!["Rules"]![0]!.AsObject();
        rule["Expression"] = expression;
        if (javaScript)
        {
            rule["RuleExpressionType"] = "JavaScript";
        }
    }, build: false);
}
