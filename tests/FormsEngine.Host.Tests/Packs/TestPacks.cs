using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Host.Tests.Packs;

/// <summary>Zips of the engine tests' mini pack (an elderly allowance with <c>minAge</c> and <c>approverRole</c>), optionally changed.</summary>
internal static class TestPacks
{
    public static string MiniFolder => Path.Combine(RepoPaths.Root, "tests", "FormsEngine.Tests", "TestData", "Packs", "mini");

    /// <summary>The mini pack built as a zip, after <paramref name="edit"/> changed its files (path → JSON).</summary>
    public static byte[] Mini(Action<Dictionary<string, JsonObject>>? edit = null, bool build = true)
    {
        var files = Directory.EnumerateFiles(MiniFolder, "*.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(MiniFolder, f).Replace('\\', '/'), f => JsonNode.Parse(File.ReadAllText(f))!.AsObject());
        edit?.Invoke(files);
        var bytes = files.Select(f => new KeyValuePair<string, byte[]>(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value.ToJsonString())));
        using var stream = new MemoryStream();
        if (build)
        {
            var loaded = PackLoader.Load(bytes);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
            PackBuilder.Write(loaded.Pack!, stream);
        }
        else
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (path, content) in bytes)
            {
                using var entry = archive.CreateEntry(path).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Version 1.1.0: the default age drops to 78 and the form asks for a remark.</summary>
    public static byte[] MiniV11() => Mini(files =>
    {
        files["pack.json"]["version"] = "1.1.0";
        files["pack.json"]["parameters"]![0]!["default"] = 78;
        files["cases/basic.json"]["cases"]![0]!["expect"]!["explanation"] = new JsonArray("年龄需满 78 周岁");
        files["forms/mini-elderly.json"]["fields"]!.AsArray().Add(JsonNode.Parse("""{"type": "text", "key": "备注", "label": {"zh-CN": "备注"}}"""));
    });

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] zip)
    {
        using var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return await client.PostAsync(new Uri("/api/v1/packs", UriKind.Relative), content);
    }

    public static JsonObject Answers(string idNumber = "110105195003070019") => new()
    {
        ["姓名"] = "张桂兰",
        ["身份证号"] = idNumber,
        ["手机号"] = "13800138000",
        ["户籍"] = "本市",
        ["居住年限"] = 10,
        ["独居"] = true,
        ["已领取其他养老补贴"] = false,
    };
}
