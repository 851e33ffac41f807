using System.IO.Compression;
using FormsEngine.Diagnostics;

namespace FormsEngine.Packs.Loading;

/// <summary>
/// The files of a pack, read from a folder or a .zip into memory with limits: at most <see cref="MaxFiles"/> files of
/// at most <see cref="MaxFileBytes"/> each and <see cref="MaxTotalBytes"/> in all (a zip bomb stops at the limit, not
/// after inflating), and no entry may escape the pack (<c>..</c>, absolute paths, backslashes, drive letters).
/// Paths use <c>/</c> and are sorted ordinally, so the content hash does not depend on the operating system.
/// </summary>
internal sealed class PackFileSet
{
    public const int MaxFiles = 500;
    public const long MaxFileBytes = 2 * 1024 * 1024;
    public const long MaxTotalBytes = 20 * 1024 * 1024;

    private PackFileSet(SortedDictionary<string, byte[]> files) => Files = files;

    public SortedDictionary<string, byte[]> Files { get; }

    public static PackFileSet FromFiles(IEnumerable<KeyValuePair<string, byte[]>> files) =>
        new(new SortedDictionary<string, byte[]>(files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>Reads <paramref name="path"/> (a folder or a .zip); null with the reasons when it cannot be read.</summary>
    public static PackFileSet? Read(string path, List<PackProblem> problems)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return ReadFolder(path, problems);
            }

            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                return ReadZip(stream, problems);
            }
        }
        catch (IOException e)
        {
            problems.Add(Problem("", "pack.io", $"无法读取：{e.Message}", $"cannot be read: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            problems.Add(Problem("", "pack.io", $"没有读取权限：{e.Message}", $"access denied: {e.Message}"));
            return null;
        }

        problems.Add(Problem("", "pack.missing", $"找不到“{path}”：请给出规则包文件夹或 .zip 文件", $"'{path}' does not exist: give a pack folder or .zip file"));
        return null;
    }

    /// <summary>Reads a .zip from <paramref name="stream"/>; null with the reasons when it is not a safe, readable pack archive.</summary>
    public static PackFileSet? ReadZip(Stream stream, List<PackProblem> problems)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            problems.Add(Problem("", "pack.zip", "不是有效的 zip 文件", "not a valid zip file"));
            return null;
        }

        using (archive)
        {
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                {
                    continue;
                }

                if (!IsSafe(entry.FullName))
                {
                    problems.Add(Problem(entry.FullName, "pack.zip.path", "文件路径不安全（含 ..、绝对路径或反斜杠），整个规则包被拒绝",
                        "unsafe entry path (.., absolute path or backslash); the whole pack is refused"));
                    return null;
                }

                if (files.Count >= MaxFiles || entry.Length > MaxFileBytes || (total += entry.Length) > MaxTotalBytes)
                {
                    problems.Add(TooBig(entry.FullName));
                    return null;
                }

                try
                {
                    using var content = entry.Open();
                    var bytes = ReadBounded(content, MaxFileBytes);
                    if (bytes is null)
                    {
                        problems.Add(TooBig(entry.FullName));
                        return null;
                    }

                    if (!files.TryAdd(entry.FullName, bytes))
                    {
                        problems.Add(Problem(entry.FullName, "pack.zip.duplicate", "zip 中同一路径出现两次", "the zip holds this path twice"));
                        return null;
                    }
                }
                catch (InvalidDataException)
                {
                    problems.Add(Problem(entry.FullName, "pack.zip", "zip 条目已损坏", "the zip entry is corrupt"));
                    return null;
                }
            }

            return new PackFileSet(files);
        }
    }

    private static PackFileSet? ReadFolder(string root, List<PackProblem> problems)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        long total = 0;
        var fullRoot = Path.GetFullPath(root);
        foreach (var file in Directory.EnumerateFiles(fullRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(fullRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            var length = new FileInfo(file).Length;
            if (files.Count >= MaxFiles || length > MaxFileBytes || (total += length) > MaxTotalBytes)
            {
                problems.Add(TooBig(relative));
                return null;
            }

            files[relative] = File.ReadAllBytes(file);
        }

        return new PackFileSet(files);
    }

    private static byte[]? ReadBounded(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static bool IsSafe(string name) =>
        name.Length is > 0 and < 260 && !name.StartsWith('/') && !name.Contains('\\', StringComparison.Ordinal) && !name.Contains(':', StringComparison.Ordinal)
        && !name.Split('/').Any(segment => segment is ".." or "." or "") && !name.Any(char.IsControl);

    private static PackProblem TooBig(string file) => Problem(file, "pack.tooLarge",
        $"规则包过大：最多 {MaxFiles} 个文件、单个 {MaxFileBytes / 1024 / 1024} MB、合计 {MaxTotalBytes / 1024 / 1024} MB",
        $"the pack is too large: at most {MaxFiles} files, {MaxFileBytes / 1024 / 1024} MB each, {MaxTotalBytes / 1024 / 1024} MB in all");

    internal static PackProblem Problem(string file, string code, string zh, string en) => new(file, Diagnostic.Error(code, null, zh, en));
}
