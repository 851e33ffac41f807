using FormsEngine.Host.Uploads;

namespace FormsEngine.Host.Tests.Uploads;

public sealed class UploadSnifferTests
{
    public static TheoryData<string, byte[], string?> Samples => new()
    {
        { "jpeg", UploadSamples.Jpeg, "image/jpeg" },
        { "png", UploadSamples.Png, "image/png" },
        { "gif", UploadSamples.Gif, "image/gif" },
        { "webp", UploadSamples.WebP, "image/webp" },
        { "pdf", UploadSamples.Pdf, "application/pdf" },
        { "heic", UploadSamples.Heic, "image/heic" },
        { "mif1+heic", UploadSamples.Mif1WithHeic, "image/heic" },
        { "heif", UploadSamples.Heif, "image/heif" },
        { "mp4", UploadSamples.Mp4, null },
        { "exe", UploadSamples.Exe, null },
        { "text", UploadSamples.Text, null },
        { "empty", [], null },
        { "riff without webp", [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8], null },
        { "truncated png", [0x89, 0x50, 0x4E], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detects_type_from_magic_bytes(string name, byte[] head, string? expected)
    {
        Assert.NotNull(name);
        Assert.Equal(expected, UploadSniffer.Detect(head));
    }
}
