using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// Counts in the host's SQLite file, read beside the running host (WAL lets a reader in) or after it died. Only
/// SELECTs; what is stored for residents is checked through the staff API instead (<c>Faults/StoredCheck</c>).
/// </summary>
internal sealed class DrillDatabase(string file)
{
    private const string Approval = DrillFolder.ApprovalWorkflowId;
    private const string Timer = DrillFolder.TimerWorkflowId;

    public long Submissions() => Scalar("SELECT COUNT(*) FROM submissions");

    /// <summary>Whether a submission with this page token is stored (to tell committed-but-unanswered posts apart).</summary>
    public bool HasIdempotencyKey(string key) => Scalar("SELECT COUNT(*) FROM submissions WHERE IdempotencyKey = $p", key) > 0;

    /// <summary>Page tokens stored more than once, plus ID-number/phone hashes stored more than once (every applicant is unique).</summary>
    public long Duplicates() =>
        Scalar("SELECT COUNT(*) FROM (SELECT IdempotencyKey FROM submissions GROUP BY PublicationId, IdempotencyKey HAVING COUNT(*) > 1)")
        + Scalar("SELECT COUNT(*) FROM (SELECT Kind, Hash FROM submission_hashes GROUP BY CommunityId, Kind, Hash HAVING COUNT(*) > 1)");

    /// <summary>Submissions that did not start exactly the two workflows (approval and timer).</summary>
    public long SubmissionsWithoutBothWorkflows() =>
        Scalar("SELECT COUNT(*) FROM submissions s WHERE (SELECT COUNT(*) FROM submission_workflows w WHERE w.SubmissionId = s.Id) <> 2");

    /// <summary>
    /// Workflow instances not yet where they should rest: approvals waiting on exactly one open grid task; drill
    /// instances waiting on their overdue task once its SLA chain reached the top.
    /// </summary>
    public long Unsettled() =>
        Scalar($"""
            SELECT COUNT(*) FROM wf_instances i WHERE
              (i.DefinitionId = '{Approval}' AND NOT (i.Status = 'Waiting' AND
                 (SELECT COUNT(*) FROM wf_tasks t WHERE t.InstanceId = i.Id AND t.ActivityId = 'gridCheck' AND t.Status = 'Open') = 1
                 AND (SELECT COUNT(*) FROM wf_tasks t WHERE t.InstanceId = i.Id) = 1))
              OR (i.DefinitionId = '{Timer}' AND NOT (i.Status = 'Waiting'
                 AND (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'task.escalate.top') > 0))
            """);

    /// <summary>Instances of either workflow that are not resting yet (runnable, or drill work still to fire): what a restart must resume.</summary>
    public long Pending() =>
        Scalar($"SELECT COUNT(*) FROM wf_instances i WHERE i.DefinitionId IN ('{Approval}', '{Timer}') AND (i.Runnable = 1 OR i.Status <> 'Waiting' OR (i.DefinitionId = '{Timer}' AND (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'task.escalate.top') = 0))");

    /// <summary>
    /// Settled drill instances whose firings are not exactly: one timer, at most one escalation, one top record, one
    /// task, and two messages (the notify, the new task) plus one per escalation; plus settled approvals with other
    /// than one message (the grid worker's new task).
    /// </summary>
    public long FiringAnomalies() =>
        Scalar($"""
            SELECT COUNT(*) FROM (SELECT i.Id,
                (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'timer.fire') AS fired,
                (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'task.escalate') AS escalated,
                (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'task.escalate.top') AS top,
                (SELECT COUNT(*) FROM wf_tasks t WHERE t.InstanceId = i.Id) AS tasks,
                (SELECT COUNT(*) FROM wf_outbox o WHERE o.InstanceId = i.Id) AS messages
              FROM wf_instances i WHERE i.DefinitionId = '{Timer}' AND i.Status = 'Waiting')
            WHERE top > 0 AND (fired <> 1 OR escalated > 1 OR top <> 1 OR tasks <> 1 OR messages <> 2 + escalated)
            """)
        + Scalar($"SELECT COUNT(*) FROM wf_instances i WHERE i.DefinitionId = '{Approval}' AND i.Status = 'Waiting' AND (SELECT COUNT(*) FROM wf_outbox o WHERE o.InstanceId = i.Id) <> 1");

    /// <summary>Audit records of <paramref name="action"/> (e.g. <c>timer.fire</c>, <c>task.escalate</c>) at or after <paramref name="since"/>.</summary>
    public long FiredSince(string action, DateTimeOffset since) =>
        Scalar($"SELECT COUNT(*) FROM wf_audit WHERE Action = '{action}' AND At >= $p", since.ToUnixTimeMilliseconds());

    /// <summary>Timers and SLA deadlines of the drill workflow scheduled and not handled yet.</summary>
    public long PendingTimers() =>
        Scalar($"SELECT COUNT(*) FROM wf_scheduled_work w JOIN wf_instances i ON i.Id = w.InstanceId WHERE w.Done = 0 AND i.DefinitionId = '{Timer}'");

    public long Instances(string definitionId) => Scalar("SELECT COUNT(*) FROM wf_instances WHERE DefinitionId = $p", definitionId);

    private long Scalar(string sql, object? parameter = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
