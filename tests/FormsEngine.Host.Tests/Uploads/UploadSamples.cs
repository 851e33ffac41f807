namespace FormsEngine.Host.Tests.Uploads;

/// <summary>The first bytes of real files of each kind, as small as the sniffer needs.</summary>
internal static class UploadSamples
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static readonly byte[] Gif = "GIF89a\x01\x00\x01\x00"u8.ToArray();

    public static readonly byte[] WebP = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];

    public static readonly byte[] Pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8.ToArray();

    /// <summary>An iPhone photo: ftyp box of 24 bytes, major brand heic, compatible mif1 and heic.</summary>
    public static readonly byte[] Heic = [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];

    /// <summary>Generic HEIF: major brand mif1, compatible HEVC brand heic, so still HEIC.</summary>
    public static readonly byte[] Mif1WithHeic = [0x00, 0x00, 0x00, 0x18, .. "ftypmif1"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];

    /// <summary>HEIF with no HEVC brand (e.g. AVC-coded).</summary>
    public static readonly byte[] Heif = [0x00, 0x00, 0x00, 0x14, .. "ftypmsf1"u8, 0x00, 0x00, 0x00, 0x00, .. "msf1"u8];

    /// <summary>An MP4 video: an ftyp box whose brands are not HEIF.</summary>
    public static readonly byte[] Mp4 = [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isomiso2"u8];

    /// <summary>A Windows program (MZ header).</summary>
    public static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static readonly byte[] Text = "你好，世界"u8.ToArray();
}
