using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// Counts in the host's database, read beside the running hosts or after one died: the SQLite file of the one-node
/// drill (WAL lets a reader in) or the PostgreSQL database of the three-node drill. Only SELECTs, in SQL both accept
/// (quoted column names, TRUE/FALSE, named subqueries); what is stored for residents is checked through the staff API
/// instead (<c>Faults/StoredCheck</c>).
/// </summary>
internal sealed class DrillDatabase
{
    private readonly Func<DbConnection> _connect;

    private DrillDatabase(Func<DbConnection> connect) => _connect = connect;

    public static DrillDatabase Sqlite(string file) => new(() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString()));

    public static DrillDatabase Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString));

    private const string Approval = DrillFolder.ApprovalWorkflowId;
    private const string Timer = DrillFolder.TimerWorkflowId;

    public long Submissions() => Scalar("""SELECT COUNT(*) FROM submissions""");

    /// <summary>Whether a submission with this page token is stored (to tell committed-but-unanswered posts apart).</summary>
    public bool HasIdempotencyKey(string key) => Scalar("""SELECT COUNT(*) FROM submissions WHERE "IdempotencyKey" = @p""", key) > 0;

    /// <summary>Page tokens stored more than once, plus ID-number/phone hashes stored more than once (every applicant is unique).</summary>
    public long Duplicates() =>
        Scalar("""SELECT COUNT(*) FROM (SELECT "IdempotencyKey" FROM submissions GROUP BY "PublicationId", "IdempotencyKey" HAVING COUNT(*) > 1) AS d""")
        + Scalar("""SELECT COUNT(*) FROM (SELECT "Kind", "Hash" FROM submission_hashes GROUP BY "CommunityId", "Kind", "Hash" HAVING COUNT(*) > 1) AS d""");

    /// <summary>Submissions that did not start exactly the two workflows (approval and timer).</summary>
    public long SubmissionsWithoutBothWorkflows() =>
        Scalar("""SELECT COUNT(*) FROM submissions s WHERE (SELECT COUNT(*) FROM submission_workflows w WHERE w."SubmissionId" = s."Id") <> 2""");

    /// <summary>
    /// Workflow instances not yet where they should rest: approvals waiting on exactly one open grid task; drill
    /// instances waiting on their overdue task once its SLA chain reached the top.
    /// </summary>
    public long Unsettled() =>
        Scalar($"""
            SELECT COUNT(*) FROM wf_instances i WHERE
              (i."DefinitionId" = '{Approval}' AND NOT (i."Status" = 'Waiting' AND
                 (SELECT COUNT(*) FROM wf_tasks t WHERE t."InstanceId" = i."Id" AND t."ActivityId" = 'gridCheck' AND t."Status" = 'Open') = 1
                 AND (SELECT COUNT(*) FROM wf_tasks t WHERE t."InstanceId" = i."Id") = 1))
              OR (i."DefinitionId" = '{Timer}' AND NOT (i."Status" = 'Waiting'
                 AND (SELECT COUNT(*) FROM wf_audit a WHERE a."InstanceId" = i."Id" AND a."Action" = 'task.escalate.top') > 0))
            """);

    /// <summary>Instances of either workflow that are not resting yet (runnable, or drill work still to fire): what a restart must resume.</summary>
    public long Pending() =>
        Scalar($"""SELECT COUNT(*) FROM wf_instances i WHERE i."DefinitionId" IN ('{Approval}', '{Timer}') AND (i."Runnable" = TRUE OR i."Status" <> 'Waiting' OR (i."DefinitionId" = '{Timer}' AND (SELECT COUNT(*) FROM wf_audit a WHERE a."InstanceId" = i."Id" AND a."Action" = 'task.escalate.top') = 0))""");

    /// <summary>
    /// Settled drill instances whose firings are not exactly: one timer, at most one escalation, one top record, one
    /// task, and two messages (the notify, the new task) plus one per escalation; plus settled approvals with other
    /// than one message (the grid worker's new task).
    /// </summary>
    public long FiringAnomalies() =>
        Scalar($"""
            SELECT COUNT(*) FROM (SELECT i."Id",
                (SELECT COUNT(*) FROM wf_audit a WHERE a."InstanceId" = i."Id" AND a."Action" = 'timer.fire') AS fired,
                (SELECT COUNT(*) FROM wf_audit a WHERE a."InstanceId" = i."Id" AND a."Action" = 'task.escalate') AS escalated,
                (SELECT COUNT(*) FROM wf_audit a WHERE a."InstanceId" = i."Id" AND a."Action" = 'task.escalate.top') AS top,
                (SELECT COUNT(*) FROM wf_tasks t WHERE t."InstanceId" = i."Id") AS tasks,
                (SELECT COUNT(*) FROM wf_outbox o WHERE o."InstanceId" = i."Id") AS messages
              FROM wf_instances i WHERE i."DefinitionId" = '{Timer}' AND i."Status" = 'Waiting') AS counts
            WHERE top > 0 AND (fired <> 1 OR escalated > 1 OR top <> 1 OR tasks <> 1 OR messages <> 2 + escalated)
            """)
        + Scalar($"""SELECT COUNT(*) FROM wf_instances i WHERE i."DefinitionId" = '{Approval}' AND i."Status" = 'Waiting' AND (SELECT COUNT(*) FROM wf_outbox o WHERE o."InstanceId" = i."Id") <> 1""");

    /// <summary>Audit records of <paramref name="action"/> (e.g. <c>timer.fire</c>, <c>task.escalate</c>) at or after <paramref name="since"/>.</summary>
    public long FiredSince(string action, DateTimeOffset since) =>
        Scalar($"""SELECT COUNT(*) FROM wf_audit WHERE "Action" = '{action}' AND "At" >= @p""", since.ToUnixTimeMilliseconds());

    /// <summary>Timers and SLA deadlines of the drill workflow scheduled and not handled yet.</summary>
    public long PendingTimers() =>
        Scalar($"""SELECT COUNT(*) FROM wf_scheduled_work w JOIN wf_instances i ON i."Id" = w."InstanceId" WHERE w."Done" = FALSE AND i."DefinitionId" = '{Timer}'""");

    public long Instances(string definitionId) => Scalar("""SELECT COUNT(*) FROM wf_instances WHERE "DefinitionId" = @p""", definitionId);

    /// <summary>Outbox messages delivered more than once, leaving out those a killed node had claimed (its delivery may have gone out before it died: at least once there, by design).</summary>
    public long RedeliveredExceptBy(string killedOwnerPrefix) =>
        Scalar("SELECT COUNT(*) FROM wf_outbox WHERE \"Attempts\" > 1 AND (\"LeaseOwner\" IS NULL OR \"LeaseOwner\" NOT LIKE @p)", killedOwnerPrefix + "%");

    /// <summary>Open tasks of <paramref name="activityId"/> on the workflows a submission started.</summary>
    public long OpenTasks(string submissionId, string activityId) =>
        Scalar($"""SELECT COUNT(*) FROM wf_tasks t JOIN submission_workflows w ON w."InstanceId" = t."InstanceId" WHERE w."SubmissionId" = @p AND t."ActivityId" = '{activityId}' AND t."Status" = 'Open'""", submissionId);

    private long Scalar(string sql, object? parameter = null)
    {
        using var connection = _connect();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            var value = command.CreateParameter();
            value.ParameterName = "p";
            value.Value = parameter;
            command.Parameters.Add(value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
