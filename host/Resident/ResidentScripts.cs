using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FormsEngine.Designer.Resident;
using FormsEngine.Expressions;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Host.Resident;

/// <summary>
/// The scripts and styles a resident page loads, served with long-lived caching: each URL carries the content's
/// hash (or the form version), so a change is a new URL. Per-form scripts are generated once per form version.
/// </summary>
internal sealed class ResidentScripts
{
    private readonly ConcurrentDictionary<(string, int), byte[]> _forms = new();

    public ResidentScripts()
    {
        Runtime = Encoding.UTF8.GetBytes(ExpressionJavaScript.RuntimeLibrary);
        RuntimeHash = Convert.ToHexStringLower(SHA256.HashData(Runtime))[..16];
    }

    public byte[] Runtime { get; }

    public string RuntimeHash { get; }

    public static string StylesheetUrl => "/assets/resident.css?v=" + ResidentAssets.Stylesheet.Hash;

    public static string EnhancementUrl => "/assets/resident.js?v=" + ResidentAssets.Script.Hash;

    public string RuntimeUrl => "/assets/formsexpr-runtime.js?v=" + RuntimeHash;

    public static string FormScriptUrl(ResidentTarget target) => $"{target.Url}/form.js?v={target.Form.Form.Version}";

    public byte[] FormScript(CompiledForm form) =>
        _forms.GetOrAdd((form.Form.Id, form.Form.Version), _ => Encoding.UTF8.GetBytes(form.ToJavaScript()));
}
