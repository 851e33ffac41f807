namespace FormsEngine.Host.Uploads;

/// <summary>The codes of <see cref="UploadProblem"/>.</summary>
internal static class UploadCodes
{
    /// <summary>The file has no bytes.</summary>
    public const string Empty = "upload.empty";

    /// <summary>The file is larger than the field allows.</summary>
    public const string TooLarge = "upload.tooLarge";

    /// <summary>The content is not what the name or declared type claims, or not a kind the field accepts.</summary>
    public const string TypeMismatch = "upload.typeMismatch";

    /// <summary>The content is of no kind this server accepts (not an image or PDF).</summary>
    public const string Unsupported = "upload.unsupported";
}
