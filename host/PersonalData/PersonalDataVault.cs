using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Encrypts personal data at rest with ASP.NET Core Data Protection (AES-256-CBC + HMAC-SHA256, keys rotated every
/// 90 days and kept under the data folder, see <see cref="PersonalDataHostExtensions"/>). Old keys stay readable, so
/// a submission sealed last year opens today.
/// </summary>
internal sealed class PersonalDataVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector _answers = provider.CreateProtector("FormsEngine.PersonalData.Answers.v1");
    private readonly IDataProtector _files = provider.CreateProtector("FormsEngine.PersonalData.Files.v1");

    public byte[] SealAnswers(JsonObject answers) => _answers.Protect(Encoding.UTF8.GetBytes(answers.ToJsonString()));

    public JsonObject OpenAnswers(byte[] sealedAnswers) =>
        JsonNode.Parse(_answers.Unprotect(sealedAnswers))?.AsObject() ?? [];

    public byte[] SealFile(byte[] content) => _files.Protect(content);

    public byte[] OpenFile(byte[] sealedContent) => _files.Unprotect(sealedContent);
}
