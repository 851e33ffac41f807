using System.Security.Cryptography;
using System.Text;
using FormsEngine.Designer.Resident;
using FormsEngine.Expressions;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// The builder's phone preview: the resident page exactly as <see cref="FormPageRenderer"/> renders it, for a
/// sandboxed <c>&lt;iframe srcdoc&gt;</c>. The stylesheet, runtime and enhancement script point at the URLs the host
/// serves (<c>/assets/…?v=hash</c>, as in the host's <c>ResidentScripts</c>). A draft has no form script (the host
/// serves <c>form.js</c> for published forms only), and the iframe's sandbox has no <c>allow-scripts</c> anyway: the
/// preview is the static, no-JavaScript page — every field shown, conditions not applied — which is also what
/// residents get when scripts do not run. The script tags are taken out, so the sandbox has nothing to block (and the
/// browser nothing to log).
/// </summary>
public static partial class PreviewPage
{
    private static readonly Lazy<string> RuntimeHash = new(() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ExpressionJavaScript.RuntimeLibrary)))[..16]);

    /// <summary>The stylesheet URL the host serves.</summary>
    public static string StylesheetUrl => "/assets/resident.css?v=" + ResidentAssets.Stylesheet.Hash;

    /// <summary>Renders the preview document of <paramref name="form"/> for the community <paramref name="communityName"/>.</summary>
    public static string Render(CompiledForm form, string communityName = NewContent.SampleCommunity, string? stylesheetUrl = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var html = FormPageRenderer.Render(new FormPageModel
        {
            Form = form,
            CommunityName = communityName,
            ActionUrl = "about:blank",
            AntiforgeryFieldName = "__preview",
            AntiforgeryToken = "preview",
            IdempotencyToken = "preview",
            StylesheetUrl = stylesheetUrl ?? StylesheetUrl,
            RuntimeScriptUrl = "/assets/formsexpr-runtime.js?v=" + RuntimeHash.Value,
            FormScriptUrl = "data:text/javascript,",
            EnhancementScriptUrl = "/assets/resident.js?v=" + ResidentAssets.Script.Hash,
            Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
        });
        return ScriptTag().Replace(html, string.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<script\\b[^>]*>.*?</script>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScriptTag();
}
