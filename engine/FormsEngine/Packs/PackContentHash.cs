using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Packs.Loading;

namespace FormsEngine.Packs;

/// <summary>
/// The content hash of a pack version: <c>sha256:</c> + hex SHA-256 over every file but <see cref="IntegrityFile"/>,
/// sorted by path, each fed as <c>path \n byte-length \n bytes</c>. <c>pack build</c> writes the hash and each file's
/// own hash to <see cref="IntegrityFile"/>; loading a zip that has it refuses any changed, added or missing file.
/// </summary>
public static class PackContentHash
{
    /// <summary>The integrity file a built zip carries.</summary>
    public const string IntegrityFile = "pack.sha256";

    /// <summary>The content hash of <paramref name="files"/> (path → bytes).</summary>
    public static string Compute(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in files.Where(f => f.Key != IntegrityFile).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{path}\n{bytes.Length}\n")));
            hash.AppendData(bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static byte[] WriteIntegrity(SortedDictionary<string, byte[]> files)
    {
        var perFile = new JsonObject();
        foreach (var (path, bytes) in files.Where(f => f.Key != IntegrityFile))
        {
            perFile[path] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        var document = new JsonObject { ["schemaVersion"] = 1, ["hash"] = Compute(files), ["files"] = perFile };
        return Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Checks the files against their integrity file when there is one; adds a problem per tampered file.</summary>
    internal static void Verify(SortedDictionary<string, byte[]> files, List<PackProblem> problems)
    {
        if (!files.TryGetValue(IntegrityFile, out var integrity))
        {
            return;
        }

        JsonObject? document;
        try
        {
            document = JsonNode.Parse(integrity) as JsonObject;
        }
        catch (JsonException)
        {
            document = null;
        }

        if (document?["files"] is not JsonObject listed || document["hash"] is not JsonValue declared)
        {
            problems.Add(PackFileSet.Problem(IntegrityFile, "pack.integrity", "完整性文件无法读取：规则包可能被篡改", "the integrity file cannot be read: the pack may have been tampered with"));
            return;
        }

        foreach (var (path, bytes) in files.Where(f => f.Key != IntegrityFile))
        {
            if (listed[path] is not JsonValue expected)
            {
                problems.Add(PackFileSet.Problem(path, "pack.integrity.added", "此文件不在打包时的清单中：规则包被改动过", "this file was not in the pack when it was built: the pack was changed"));
            }
            else if (expected.ToString() != Convert.ToHexStringLower(SHA256.HashData(bytes)))
            {
                problems.Add(PackFileSet.Problem(path, "pack.integrity.changed", "此文件的内容与打包时不同：规则包被改动过", "this file differs from the one packed: the pack was changed"));
            }
        }

        foreach (var (path, _) in listed.Where(l => !files.ContainsKey(l.Key)))
        {
            problems.Add(PackFileSet.Problem(path, "pack.integrity.missing", "打包时的文件缺失：规则包被改动过", "a packed file is missing: the pack was changed"));
        }

        if (declared.ToString() != Compute(files))
        {
            problems.Add(PackFileSet.Problem(IntegrityFile, "pack.integrity.hash", "内容哈希与打包时不符", "the content hash does not match the one recorded at build"));
        }
    }
}
