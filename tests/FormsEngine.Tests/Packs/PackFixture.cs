using System.IO.Compression;
using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Tests.Packs;

/// <summary>A writable copy of <c>TestData/Packs/mini</c> (an elderly-allowance pack with two parameters) in a temp folder.</summary>
internal sealed class PackFixture : IDisposable
{
    public PackFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "fe-pack-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "Packs", "mini"), Folder);
    }

    public string Folder { get; }

    public PackFixture Edit(string file, Action<JsonObject> edit)
    {
        var path = Path.Combine(Folder, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
        return this;
    }

    public PackFixture Write(string file, string text)
    {
        var path = Path.Combine(Folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public PackLoadResult Load() => PackLoader.Load(Folder);

    public RulePack LoadPack()
    {
        var result = Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Pack!;
    }

    /// <summary>The pack as <c>pack build</c> writes it.</summary>
    public byte[] Zip()
    {
        using var stream = new MemoryStream();
        PackBuilder.Write(LoadPack(), stream);
        return stream.ToArray();
    }

    public static byte[] ZipOf(params (string Path, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
