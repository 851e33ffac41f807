namespace FormsEngine.Designer.Operations;

/// <summary>
/// What the studio's workflow editor asks of the host: the workflow definitions, the latest published JSON of one (or
/// the community's saved draft), saving a draft, its version history, and publishing a new version with a change note. The host checks the JSON with the engine and
/// the caller's role (community and street admins publish); every call acts as the circuit's signed-in user.
/// </summary>
public interface IWorkflowStudioOperations
{
    /// <summary>Every workflow definition with its latest version and the forms that start it.</summary>
    Task<IReadOnlyList<WorkflowListItem>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The community's draft of <paramref name="id"/>, or else its latest published version; null when unknown.</summary>
    Task<WorkflowDocument?> OpenAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves the community's draft (any state, even invalid; not published). Admins only.</summary>
    Task<WorkflowActionResult> SaveDraftAsync(string id, string json, CancellationToken cancellationToken);

    /// <summary>The published versions of <paramref name="id"/>, newest first.</summary>
    Task<IReadOnlyList<WorkflowVersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes <paramref name="json"/> as the next version of <paramref name="id"/> with a change note. Refused with
    /// the engine's diagnostics when invalid, or with a bilingual reason when the role may not publish.
    /// </summary>
    Task<WorkflowPublishResult> PublishAsync(string id, string json, string changeNote, CancellationToken cancellationToken);
}
