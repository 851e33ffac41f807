using FormsEngine.Diagnostics;
using FormsEngine.Host.Data;
using FormsEngine.Host.Rules;

namespace FormsEngine.Host.Submissions;

/// <summary>What became of a <see cref="SubmissionRequest"/>.</summary>
internal abstract record SubmitResult
{
    /// <summary>Stored (or, for a repeated token, found already stored).</summary>
    public sealed record Accepted(SubmissionRow Submission, EligibilityDecision? Decision, bool Repeated) : SubmitResult;

    /// <summary>The answers have errors; nothing was stored.</summary>
    public sealed record Invalid(IReadOnlyList<Diagnostic> Errors) : SubmitResult;

    /// <summary>The form no longer takes submissions (withdrawn or its campaign ended).</summary>
    public sealed record Closed : SubmitResult;
}
