namespace FormsEngine.Host.Uploads;

/// <summary>
/// The outcome of <see cref="UploadPolicy.Check"/>: either accepted, with the content type found in the bytes (store
/// and serve the file with this type, never the declared one) and a safe name, or refused with a problem.
/// </summary>
internal sealed record UploadCheck(string SafeName, string? ContentType, UploadProblem? Problem)
{
    public bool IsOk => Problem is null;
}
