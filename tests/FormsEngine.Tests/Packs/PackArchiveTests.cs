using System.IO.Compression;
using FormsEngine.Packs;

namespace FormsEngine.Tests.Packs;

public sealed class PackArchiveTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("forms\\..\\x.json")]
    [InlineData("C:/x.json")]
    [InlineData("forms/./x.json")]
    public void Entries_escaping_the_pack_refuse_the_whole_zip(string entry)
    {
        using var zip = new MemoryStream(PackFixture.ZipOf(("pack.json", "{}"), (entry, "{}")));

        var result = PackLoader.LoadZip(zip);

        var problem = Assert.Single(result.Errors);
        Assert.Equal("pack.zip.path", problem.Diagnostic.Code);
        Assert.Null(result.Pack);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_in_words()
    {
        using var stream = new MemoryStream("not a zip"u8.ToArray());

        var problem = Assert.Single(PackLoader.LoadZip(stream).Errors);

        Assert.Equal("pack.zip", problem.Diagnostic.Code);
        Assert.Contains("zip", problem.Diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_size_limit()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("forms/huge.json", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 3; i++)
            {
                entry.Write(zeros);
            }
        }

        stream.Position = 0;
        Assert.Equal("pack.tooLarge", Assert.Single(PackLoader.LoadZip(stream).Errors).Diagnostic.Code);
    }

    [Fact]
    public void A_changed_file_in_a_built_zip_is_refused_as_tampering()
    {
        using var fixture = new PackFixture();
        var built = fixture.Zip();
        using var tampered = new MemoryStream();
        tampered.Write(built);
        using (var archive = new ZipArchive(tampered, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("rules/mini-elderly.json")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("rules/mini-elderly.json").Open());
            writer.Write(File.ReadAllText(Path.Combine(fixture.Folder, "rules", "mini-elderly.json")).Replace("param.minAge", "60", StringComparison.Ordinal));
        }

        tampered.Position = 0;
        var codes = PackLoader.LoadZip(tampered).Errors.Select(e => (e.File, e.Diagnostic.Code)).ToList();

        Assert.Contains(("rules/mini-elderly.json", "pack.integrity.changed"), codes);
        Assert.Contains((PackContentHash.IntegrityFile, "pack.integrity.hash"), codes);
    }

    [Fact]
    public void An_added_file_in_a_built_zip_is_refused()
    {
        using var fixture = new PackFixture();
        using var stream = new MemoryStream();
        stream.Write(fixture.Zip());
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("rules/extra.json").Open());
            writer.Write("{}");
        }

        stream.Position = 0;
        Assert.Contains(PackLoader.LoadZip(stream).Errors, e => e.File == "rules/extra.json" && e.Diagnostic.Code == "pack.integrity.added");
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        using var fixture = new PackFixture();

        Assert.Equal(fixture.Zip(), fixture.Zip());
    }
}
