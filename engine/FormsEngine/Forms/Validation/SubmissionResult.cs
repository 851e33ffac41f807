using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Forms.Validation;

/// <summary>The outcome of validating a submission: every error, the ignored keys, and the normalized answers.</summary>
public sealed class SubmissionResult
{
    internal SubmissionResult(IReadOnlyList<Diagnostic> errors, IReadOnlyList<string> ignored, JsonObject normalized)
    {
        Errors = errors;
        IgnoredPaths = ignored;
        Normalized = normalized;
    }

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every problem, each with the answer's path (<c>$.家庭成员[1].身份证号</c>), a code and a bilingual message.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>Paths of answers that were dropped: unknown keys, answers to hidden or static fields. Not errors.</summary>
    public IReadOnlyList<string> IgnoredPaths { get; }

    /// <summary>
    /// The answers with types coerced (numbers as numbers, dates as <c>yyyy-MM-dd</c>, trimmed text…), unknown keys
    /// dropped. Answers that failed validation are left out.
    /// </summary>
    public JsonObject Normalized { get; }
}
