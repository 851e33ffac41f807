using System.IO.Compression;

namespace FormsEngine.Packs;

/// <summary>
/// Writes a loaded pack as a .zip: every file, plus <see cref="PackContentHash.IntegrityFile"/> with the content hash
/// and each file's own hash. Entries are sorted and time-stamped with a fixed date, so the same pack always gives the
/// same bytes.
/// </summary>
public static class PackBuilder
{
    private static readonly DateTimeOffset FixedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The conventional file name, <c>elderly-allowance-1.0.0.zip</c>.</summary>
    public static string FileName(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return $"{pack.Manifest.Id}-{pack.Manifest.Version}.zip";
    }

    /// <summary>Writes <paramref name="pack"/> to <paramref name="output"/>.</summary>
    public static void Write(RulePack pack, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var files = new SortedDictionary<string, byte[]>(pack.Files.Where(f => f.Key != PackContentHash.IntegrityFile).ToDictionary(), StringComparer.Ordinal);
        files[PackContentHash.IntegrityFile] = PackContentHash.WriteIntegrity(files);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in files)
        {
            var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
