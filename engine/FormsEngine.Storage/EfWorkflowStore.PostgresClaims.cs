using FormsEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>
/// Claims on PostgreSQL: one statement per claim. The inner SELECT locks up to <c>max</c> candidates with
/// <c>FOR UPDATE SKIP LOCKED</c>, so a node racing for the same rows passes over them to the next ones instead of
/// waiting or colliding; a row another node committed a lease on in the meantime is re-checked against the WHERE
/// (READ COMMITTED re-evaluates locked rows) and drops out. Each row is therefore leased by exactly one claimer.
/// The column names are EF's (quoted PascalCase); the tables are those of <see cref="WorkflowDbContext"/>.
/// </summary>
public sealed partial class EfWorkflowStore
{
    private static async Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkOnPostgresAsync(
        WorkflowDbContext db, string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken)
    {
        var claimed = await db.Work.FromSql($"""
            UPDATE wf_scheduled_work AS w SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseUntil}
            WHERE w."Id" IN (
                SELECT c."Id" FROM wf_scheduled_work AS c
                WHERE NOT c."Done" AND c."DueAt" <= {now} AND (c."LeaseOwner" IS NULL OR c."LeaseExpiresAt" < {now})
                ORDER BY c."DueAt" LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING w.*
            """).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);

        // RETURNING keeps no order; the runtime handles the oldest deadline first, as on SQLite.
        return [.. claimed.OrderBy(w => w.DueAt).ThenBy(w => w.Id, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<string>> ClaimStalledInstancesOnPostgresAsync(
        WorkflowDbContext db, string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken)
    {
        // The lease columns are not the instance's concurrency token (Version), so a claim never fails a step commit.
        return await db.Database.SqlQuery<string>($"""
            UPDATE wf_instances AS i SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseUntil}
            WHERE i."Id" IN (
                SELECT c."Id" FROM wf_instances AS c
                WHERE c."Runnable" AND c."LeaseExpiresAt" < {now}
                ORDER BY c."LeaseExpiresAt" LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING i."Id" AS "Value"
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<OutboxRow>> ClaimOutboxOnPostgresAsync(
        WorkflowDbContext db, string owner, long now, long leaseUntil, int max, int maxAttempts, CancellationToken cancellationToken)
    {
        var claimed = await db.Outbox.FromSql($"""
            UPDATE wf_outbox AS o SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseUntil}
            WHERE o."Id" IN (
                SELECT c."Id" FROM wf_outbox AS c
                WHERE c."DeliveredAt" IS NULL AND c."Attempts" < {maxAttempts}
                  AND (c."LeaseOwner" IS NULL OR c."LeaseExpiresAt" < {now})
                ORDER BY c."Id" LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING o.*
            """).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimed.OrderBy(o => o.Id)];
    }
}
