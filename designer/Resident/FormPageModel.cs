using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Everything <see cref="FormPageRenderer"/> needs to render one resident form page; the host fills it from the
/// request (antiforgery, idempotency token, asset URLs) and the published form. No HttpContext in here.
/// </summary>
public sealed class FormPageModel
{
    /// <summary>The published form, compiled.</summary>
    public required CompiledForm Form { get; init; }

    /// <summary>The community's display name, e.g. 幸福里社区.</summary>
    public required string CommunityName { get; init; }

    /// <summary>Where the form posts (<c>/f/{community}/{form}</c>).</summary>
    public required string ActionUrl { get; init; }

    /// <summary>The answers to show (what the resident posted, as read by <see cref="FormPostReader"/>); empty on first load.</summary>
    public JsonObject Answers { get; init; } = [];

    /// <summary>The normalized answers of a failed validation, for calculated values; optional.</summary>
    public JsonObject? Normalized { get; init; }

    /// <summary>The errors of a failed validation, each shown next to its field and in the summary.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];

    /// <summary>The antiforgery form field name (from <c>AntiforgeryTokenSet.FormFieldName</c>).</summary>
    public required string AntiforgeryFieldName { get; init; }

    /// <summary>The antiforgery request token.</summary>
    public required string AntiforgeryToken { get; init; }

    /// <summary>A fresh token the host uses to recognise a repeated submit; posted back as <c>_idem</c>.</summary>
    public required string IdempotencyToken { get; init; }

    /// <summary>URL of <see cref="ResidentAssets.Stylesheet"/> (put <see cref="ResidentAsset.Hash"/> in it for caching).</summary>
    public required string StylesheetUrl { get; init; }

    /// <summary>URL of <c>ExpressionJavaScript.RuntimeLibrary</c>.</summary>
    public required string RuntimeScriptUrl { get; init; }

    /// <summary>URL of this form version's <c>CompiledForm.ToJavaScript()</c>.</summary>
    public required string FormScriptUrl { get; init; }

    /// <summary>URL of <see cref="ResidentAssets.Script"/>.</summary>
    public required string EnhancementScriptUrl { get; init; }

    /// <summary>Today in the community's time zone, for date inputs whose <c>min</c>/<c>max</c> is <c>today</c>; optional.</summary>
    public DateOnly? Today { get; init; }
}
