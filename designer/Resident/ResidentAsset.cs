using System.Security.Cryptography;

namespace FormsEngine.Designer.Resident;

/// <summary>One static asset of the resident page: its bytes, content type and a content hash for ETags and URLs.</summary>
public sealed class ResidentAsset
{
    /// <summary>Reads the embedded resources <paramref name="resourceNames"/> and joins them, in order, into one asset.</summary>
    internal ResidentAsset(string contentType, params string[] resourceNames)
    {
        using var buffer = new MemoryStream();
        foreach (var name in resourceNames)
        {
            using var stream = typeof(ResidentAsset).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("Missing embedded resource " + name);
            stream.CopyTo(buffer);
            buffer.WriteByte((byte)'\n');
        }

        var bytes = buffer.ToArray();
        Bytes = bytes;
        ContentType = contentType;
        Hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    /// <summary>The UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The <c>Content-Type</c> to serve.</summary>
    public string ContentType { get; }

    /// <summary>The first 16 hex digits of the SHA-256 of <see cref="Bytes"/>: an ETag, or a <c>?v=</c> for cache-busting.</summary>
    public string Hash { get; }
}
