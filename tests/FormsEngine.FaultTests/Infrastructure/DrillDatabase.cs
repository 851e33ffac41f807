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

    /// <summary>Workflow instances not yet where they should rest: approvals waiting on exactly one grid task, timers completed.</summary>
    public long Unsettled() =>
        Scalar($"""
            SELECT COUNT(*) FROM wf_instances i WHERE
              (i.DefinitionId = '{Approval}' AND NOT (i.Status = 'Waiting' AND
                 (SELECT COUNT(*) FROM wf_tasks t WHERE t.InstanceId = i.Id AND t.ActivityId = 'gridCheck' AND t.Status = 'Open') = 1
                 AND (SELECT COUNT(*) FROM wf_tasks t WHERE t.InstanceId = i.Id) = 1))
              OR (i.DefinitionId = '{Timer}' AND i.Status <> 'Completed')
            """);

    /// <summary>Instances of either workflow that are not resting yet (runnable, or a timer still to fire): what a restart must resume.</summary>
    public long Pending() =>
        Scalar($"SELECT COUNT(*) FROM wf_instances WHERE DefinitionId IN ('{Approval}', '{Timer}') AND (Runnable = 1 OR Status NOT IN ('Waiting', 'Completed') OR (DefinitionId = '{Timer}' AND Status <> 'Completed'))");

    /// <summary>Timer instances whose timer fired other than exactly once, or that sent other than exactly one message.</summary>
    public long TimerAnomalies() =>
        Scalar($"""
            SELECT COUNT(*) FROM wf_instances i WHERE i.DefinitionId = '{Timer}' AND i.Status = 'Completed' AND (
              (SELECT COUNT(*) FROM wf_audit a WHERE a.InstanceId = i.Id AND a.Action = 'timer.fire') <> 1
              OR (SELECT COUNT(*) FROM wf_outbox o WHERE o.InstanceId = i.Id) <> 1)
            """);

    /// <summary>Timer firings recorded at or after <paramref name="since"/>.</summary>
    public long TimersFiredSince(DateTimeOffset since) =>
        Scalar("SELECT COUNT(*) FROM wf_audit WHERE Action = 'timer.fire' AND At >= $p", since.ToUnixTimeMilliseconds());

    /// <summary>Timers scheduled and not fired yet.</summary>
    public long PendingTimers() => Scalar("SELECT COUNT(*) FROM wf_scheduled_work WHERE Kind = 'timer' AND Done = 0");

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
