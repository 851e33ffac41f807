namespace FormsEngine.Host.Uploads;

/// <summary>
/// Tells the real type of an upload from its first bytes, never from its name or declared type. Knows JPEG, PNG,
/// GIF, WebP, HEIC/HEIF and PDF; anything else is null. Read at least <see cref="HeadLength"/> bytes (fewer for a
/// shorter file).
/// </summary>
internal static class UploadSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at, at most.</summary>
    public const int HeadLength = 64;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Heic = "image/heic";
    public const string Heif = "image/heif";
    public const string Pdf = "application/pdf";

    /// <summary>The content type the bytes start like, or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return DetectHeif(head);
    }

    /// <summary>
    /// An ISO-BMFF <c>ftyp</c> box: size (4 bytes), “ftyp”, major brand, minor version, compatible brands. HEVC brands
    /// (heic heix hevc hevx heim heis) mean HEIC; the generic still-image brands mif1/msf1 mean HEIF unless a
    /// compatible brand says HEIC (iPhones write either).
    /// </summary>
    private static string? DetectHeif(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16 || !head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return null;
        }

        var boxSize = (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
        if (boxSize < 16)
        {
            return null;
        }

        var major = head.Slice(8, 4);
        if (IsHevcBrand(major))
        {
            return Heic;
        }

        if (!major.SequenceEqual("mif1"u8) && !major.SequenceEqual("msf1"u8))
        {
            return null;
        }

        var end = Math.Min(boxSize, head.Length);
        for (var offset = 16; offset + 4 <= end; offset += 4)
        {
            if (IsHevcBrand(head.Slice(offset, 4)))
            {
                return Heic;
            }
        }

        return Heif;
    }

    private static bool IsHevcBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("hevc"u8)
        || brand.SequenceEqual("hevx"u8) || brand.SequenceEqual("heim"u8) || brand.SequenceEqual("heis"u8);

    /// <summary>A short Chinese name of a type for messages: “JPG 图片”, “PDF 文档”.</summary>
    public static string DisplayName(string contentType) => contentType switch
    {
        Jpeg => "JPG 图片",
        Png => "PNG 图片",
        Gif => "GIF 图片",
        WebP => "WebP 图片",
        Heic or Heif => "HEIC 照片",
        Pdf => "PDF 文档",
        _ => contentType,
    };

    /// <summary>The type a file name's extension claims, or null (used only to word messages, never to decide).</summary>
    public static string? ClaimedByName(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".jpg" or ".jpeg" or ".jfif" => Jpeg,
            ".png" => Png,
            ".gif" => Gif,
            ".webp" => WebP,
            ".heic" => Heic,
            ".heif" => Heif,
            ".pdf" => Pdf,
            _ => null,
        };
    }
}
