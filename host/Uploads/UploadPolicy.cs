using System.Globalization;

namespace FormsEngine.Host.Uploads;

/// <summary>
/// Decides whether an upload may be stored, from its length and first bytes only. In order: empty
/// (<c>upload.empty</c>), larger than the limit (<c>upload.tooLarge</c>), content of no known kind
/// (<c>upload.typeMismatch</c> when its name or declared type claims a kind we know, e.g. a program renamed .jpg;
/// otherwise <c>upload.unsupported</c>), known content the field does not accept (<c>upload.typeMismatch</c>, e.g. a
/// PDF renamed .png for a photo). The declared name and type only shape the message. Known content the field accepts
/// passes even if its name says otherwise; use <see cref="UploadCheck.ContentType"/> from then on.
/// </summary>
internal static class UploadPolicy
{
    /// <param name="declaredName">The name the browser sent (sanitized for the result and messages).</param>
    /// <param name="declaredContentType">The type the browser sent, or null; never trusted.</param>
    /// <param name="head">The first bytes, at least <see cref="UploadSniffer.HeadLength"/> when the file is that long.</param>
    /// <param name="length">The whole file's length in bytes.</param>
    /// <param name="accept">The field's accept list (<see cref="UploadAccept.For"/>); empty accepts any known kind.</param>
    /// <param name="maxBytes">The largest allowed file.</param>
    public static UploadCheck Check(string? declaredName, string? declaredContentType, ReadOnlySpan<byte> head, long length, IReadOnlyList<string> accept, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var name = FileNames.Sanitize(declaredName);
        if (length <= 0 || head.IsEmpty)
        {
            return Refuse(name, UploadCodes.Empty, $"文件“{name}”是空的，请重新选择", $"The file '{name}' is empty; please choose it again");
        }

        if (length > maxBytes)
        {
            return Refuse(name, UploadCodes.TooLarge, $"文件“{name}”太大（{Size(length)}），不能超过 {Size(maxBytes)}", $"The file '{name}' is too large ({Size(length)}); the limit is {Size(maxBytes)}");
        }

        var detected = UploadSniffer.Detect(head);
        var imagesOnly = UploadAccept.ImagesOnly(accept);
        if (detected is null)
        {
            var claimed = UploadSniffer.ClaimedByName(name) ?? Known(declaredContentType);
            return claimed is null
                ? Refuse(name, UploadCodes.Unsupported, $"不支持文件“{name}”的格式，请上传{Wanted(imagesOnly)}", $"The format of '{name}' is not supported; please upload {WantedEn(imagesOnly)}")
                : NotWhatItClaims(name, imagesOnly);
        }

        if (!UploadAccept.Allows(accept, detected))
        {
            return NotWhatItClaims(name, imagesOnly, detected);
        }

        return new UploadCheck(name, detected, null);
    }

    private static UploadCheck NotWhatItClaims(string name, bool imagesOnly, string? detected = null)
    {
        if (imagesOnly)
        {
            return Refuse(name, UploadCodes.TypeMismatch, $"文件“{name}”的内容不是图片，请重新选择照片", $"The content of '{name}' is not a picture; please choose a photo again");
        }

        return detected is null
            ? Refuse(name, UploadCodes.TypeMismatch, $"文件“{name}”的内容与文件类型不符，请重新选择", $"The content of '{name}' does not match its file type; please choose it again")
            : Refuse(name, UploadCodes.TypeMismatch, $"文件“{name}”是{UploadSniffer.DisplayName(detected)}，此处不接受这种文件", $"'{name}' is a {detected} file, which is not accepted here");
    }

    private static UploadCheck Refuse(string name, string code, string zh, string en) => new(name, null, new UploadProblem(code, zh, en));

    private static string? Known(string? contentType) => contentType?.Trim().ToLowerInvariant() switch
    {
        UploadSniffer.Jpeg or UploadSniffer.Png or UploadSniffer.Gif or UploadSniffer.WebP or UploadSniffer.Heic or UploadSniffer.Heif or UploadSniffer.Pdf => contentType,
        "image/jpg" or "image/pjpeg" => UploadSniffer.Jpeg,
        _ => null,
    };

    private static string Wanted(bool imagesOnly) => imagesOnly ? "照片（JPG、PNG、HEIC、WebP）" : "照片或 PDF 文件";

    private static string WantedEn(bool imagesOnly) => imagesOnly ? "a photo (JPG, PNG, HEIC, WebP)" : "a photo or a PDF";

    /// <summary>Bytes as “10 MB”, “512 KB” or “900 B”.</summary>
    internal static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
