namespace FormsEngine.Designer.Operations;

/// <summary>
/// What the staff studio asks of the host: the signed-in user, submissions, the task inbox and the dashboard's numbers.
/// The host implements it on its own services with the same tenancy, masking and audit as the staff API; the designer
/// never sees the database. Each call acts as the circuit's signed-in user.
/// </summary>
public interface IStudioOperations
{
    /// <summary>Who is signed in and where they work.</summary>
    Task<StudioUser> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>One page of submissions, always masked, filtered and sorted as asked.</summary>
    Task<SubmissionPage> ListSubmissionsAsync(SubmissionQuery query, CancellationToken cancellationToken);

    /// <summary>One submission; in clear when <paramref name="unmasked"/> and the role allows (the host audits it). Null when not visible.</summary>
    Task<SubmissionDetail?> OpenSubmissionAsync(string id, bool unmasked, CancellationToken cancellationToken);

    /// <summary>The open tasks assigned to the user or offered to their role, earliest due first.</summary>
    Task<IReadOnlyList<InboxTask>> ListInboxAsync(CancellationToken cancellationToken);

    /// <summary>Takes a task offered to the user's role.</summary>
    Task<TaskActionOutcome> ClaimAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Completes a task with an outcome (<see cref="TaskOutcomes"/>) and an optional comment.</summary>
    Task<TaskActionOutcome> CompleteAsync(string taskId, string outcome, string? comment, CancellationToken cancellationToken);

    /// <summary>Counts for the dashboard over the last <paramref name="days"/> days.</summary>
    Task<DashboardData> GetDashboardAsync(int days, CancellationToken cancellationToken);
}
