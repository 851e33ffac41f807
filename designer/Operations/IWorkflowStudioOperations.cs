namespace FormsEngine.Designer.Operations;

/// <summary>
/// What the studio's workflow editor asks of the host: the workflow definitions, the latest published JSON of one,
/// its version history, and publishing a new version with a change note. The host checks the JSON with the engine and
/// the caller's role (community and street admins publish); every call acts as the circuit's signed-in user.
/// </summary>
public interface IWorkflowStudioOperations
{
    /// <summary>Every workflow definition with its latest version and the forms that start it.</summary>
    Task<IReadOnlyList<WorkflowListItem>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The latest published version of <paramref name="id"/> as JSON, with whether the user may publish; null when unknown.</summary>
    Task<WorkflowDocument?> OpenAsync(string id, CancellationToken cancellationToken);

    /// <summary>The published versions of <paramref name="id"/>, newest first.</summary>
    Task<IReadOnlyList<WorkflowVersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes <paramref name="json"/> as the next version of <paramref name="id"/> with a change note. Refused with
    /// the engine's diagnostics when invalid, or with a bilingual reason when the role may not publish.
    /// </summary>
    Task<WorkflowPublishResult> PublishAsync(string id, string json, string changeNote, CancellationToken cancellationToken);
}
