namespace FormsEngine.Rules.WhatIf;

/// <summary>How one rule's outcome for one answer changes between two versions.</summary>
public enum OutcomeChangeKind
{
    /// <summary>Failed before (or the rule did not exist); succeeds now.</summary>
    Gained,

    /// <summary>Succeeded before; fails now (or the rule was removed).</summary>
    Lost,

    /// <summary>Succeeds in both, with a different SuccessEvent.</summary>
    EventChanged,
}

/// <summary>One rule of one answer whose outcome changes.</summary>
/// <param name="RuleName">The top-level rule.</param>
/// <param name="Kind">Gained, lost or event changed.</param>
/// <param name="WasSuccess">The outcome under the current version.</param>
/// <param name="IsSuccess">The outcome under the proposed version.</param>
/// <param name="EventBefore">The SuccessEvent under the current version.</param>
/// <param name="EventAfter">The SuccessEvent under the proposed version.</param>
public sealed record OutcomeChange(string RuleName, OutcomeChangeKind Kind, bool WasSuccess, bool IsSuccess, string? EventBefore, string? EventAfter);

/// <summary>An answer whose outcome changes, with every rule that changes for it.</summary>
/// <param name="Id">The answer's id.</param>
/// <param name="Changes">The rules whose outcome changes.</param>
public sealed record AnswerChange(string Id, IReadOnlyList<OutcomeChange> Changes);
