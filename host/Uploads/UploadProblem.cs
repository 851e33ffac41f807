namespace FormsEngine.Host.Uploads;

/// <summary>Why an upload was refused: a stable code (<see cref="UploadCodes"/>) and the message in Chinese and English.</summary>
internal sealed record UploadProblem(string Code, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{Code}: {MessageZh}";
}
