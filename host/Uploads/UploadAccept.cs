using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Uploads;

/// <summary>
/// The content types a field accepts, as the engine checks them: the field's <c>accept</c> list (<c>image/*</c>
/// wildcards allowed), or for a photo without one JPEG, PNG, HEIC and WebP. Empty means any type the server knows.
/// </summary>
internal static class UploadAccept
{
    private static readonly string[] PhotoTypes = [UploadSniffer.Jpeg, UploadSniffer.Png, UploadSniffer.Heic, UploadSniffer.WebP];

    /// <summary>The accept list of a <c>file</c>, <c>photo</c> or other field (empty for other fields).</summary>
    public static IReadOnlyList<string> For(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            FileUploadField { Accept.Count: > 0 } upload => upload.Accept,
            FileUploadField { Type: FieldTypes.Photo } => PhotoTypes,
            _ => [],
        };
    }

    /// <summary>
    /// Whether <paramref name="contentType"/> matches the list. HEIF and HEIC count as one kind: the same photos come
    /// with either brand.
    /// </summary>
    public static bool Allows(IReadOnlyList<string> accept, string contentType)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (accept.Count == 0)
        {
            return true;
        }

        foreach (var pattern in accept)
        {
            if (Matches(pattern.Trim(), contentType)
                || (contentType == UploadSniffer.Heif && Matches(pattern.Trim(), UploadSniffer.Heic))
                || (contentType == UploadSniffer.Heic && Matches(pattern.Trim(), UploadSniffer.Heif)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every entry of a non-empty list is an image type.</summary>
    public static bool ImagesOnly(IReadOnlyList<string> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return accept.Count > 0 && accept.All(a => a.Trim().StartsWith("image/", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Matches(string pattern, string contentType) =>
        pattern.EndsWith("/*", StringComparison.Ordinal)
            ? contentType.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, contentType, StringComparison.OrdinalIgnoreCase);
}
