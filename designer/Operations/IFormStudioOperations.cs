namespace FormsEngine.Designer.Operations;

/// <summary>
/// The form library of the signed-in user's community: drafts, publishing (draft → validate → new version with a change
/// note → live on the community's resident page), version history with diff, and rollback. The host implements it with
/// the same tenancy and audit as the staff API; every refusal comes back as an outcome with a message, never an exception.
/// </summary>
public interface IFormStudioOperations
{
    /// <summary>The forms the community can see (published or drafted), ordered by id.</summary>
    Task<IReadOnlyList<StudioFormSummary>> ListFormsAsync(CancellationToken cancellationToken);

    /// <summary>The community's draft of the form, else its latest visible version; null when the form is not visible.</summary>
    Task<StudioFormDocument?> OpenAsync(string formId, CancellationToken cancellationToken);

    /// <summary>Saves the form (and the rule set deciding its eligibility, when edited) as the community's draft.</summary>
    Task<StudioOutcome> SaveDraftAsync(string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken);

    /// <summary>Runs every publish check on the form and its rule set without storing anything.</summary>
    Task<StudioPublishOutcome> ValidateAsync(string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken);

    /// <summary>Validates, stores a new version with <paramref name="changeNote"/>, and makes it the community's live version.</summary>
    Task<StudioPublishOutcome> PublishAsync(string formId, string formJson, string? ruleSetJson, string changeNote, CancellationToken cancellationToken);

    /// <summary>The versions the community can see, newest first.</summary>
    Task<IReadOnlyList<StudioFormVersion>> HistoryAsync(string formId, CancellationToken cancellationToken);

    /// <summary>Field by field, what changed from <paramref name="fromVersion"/> to <paramref name="toVersion"/>; null when either is not visible.</summary>
    Task<IReadOnlyList<StudioFieldChange>?> DiffAsync(string formId, int fromVersion, int toVersion, CancellationToken cancellationToken);

    /// <summary>Publishes an earlier version again as a new version (history is never rewritten).</summary>
    Task<StudioPublishOutcome> RollbackAsync(string formId, int version, CancellationToken cancellationToken);
}
