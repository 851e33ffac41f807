using FormsEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>
/// Lease-based claims, the outbox, and the audit log. On SQLite a claim selects candidates, then takes each with a
/// conditional UPDATE: SQLite has one writer, so the condition alone decides who wins. PostgreSQL claims in one
/// statement instead (see EfWorkflowStore.PostgresClaims.cs).
/// </summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            if (db.Database.IsNpgsql())
            {
                return await ClaimDueWorkOnPostgresAsync(db, owner, now, leaseUntil, max, cancellationToken).ConfigureAwait(false);
            }

            var candidates = await db.Work.AsNoTracking()
                .Where(w => !w.Done && w.DueAt <= now && (w.LeaseOwner == null || w.LeaseExpiresAt < now))
                .OrderBy(w => w.DueAt).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
            var claimed = new List<ScheduledWorkRow>();
            foreach (var work in candidates)
            {
                var id = work.Id;
                var won = await db.Work
                    .Where(w => w.Id == id && !w.Done && (w.LeaseOwner == null || w.LeaseExpiresAt < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.LeaseOwner, owner).SetProperty(w => w.LeaseExpiresAt, leaseUntil), cancellationToken)
                    .ConfigureAwait(false);
                if (won == 1)
                {
                    claimed.Add(work);
                }
            }

            return claimed;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            if (db.Database.IsNpgsql())
            {
                return await ClaimStalledInstancesOnPostgresAsync(db, owner, now, leaseUntil, max, cancellationToken).ConfigureAwait(false);
            }

            var candidates = await db.Instances
                .Where(i => i.Runnable && i.LeaseExpiresAt < now)
                .OrderBy(i => i.LeaseExpiresAt).Take(max).Select(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var claimed = new List<string>();
            foreach (var id in candidates)
            {
                var won = await db.Instances
                    .Where(i => i.Id == id && i.Runnable && i.LeaseExpiresAt < now)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseOwner, owner).SetProperty(i => i.LeaseExpiresAt, leaseUntil), cancellationToken)
                    .ConfigureAwait(false);
                if (won == 1)
                {
                    claimed.Add(id);
                }
            }

            return claimed;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxRow>> ClaimOutboxAsync(string owner, long now, long leaseUntil, int max, int maxAttempts, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            if (db.Database.IsNpgsql())
            {
                return await ClaimOutboxOnPostgresAsync(db, owner, now, leaseUntil, max, maxAttempts, cancellationToken).ConfigureAwait(false);
            }

            var candidates = await db.Outbox.AsNoTracking()
                .Where(o => o.DeliveredAt == null && o.Attempts < maxAttempts && (o.LeaseOwner == null || o.LeaseExpiresAt < now))
                .OrderBy(o => o.Id).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
            var claimed = new List<OutboxRow>();
            foreach (var row in candidates)
            {
                var id = row.Id;
                var won = await db.Outbox
                    .Where(o => o.Id == id && o.DeliveredAt == null && o.Attempts < maxAttempts && (o.LeaseOwner == null || o.LeaseExpiresAt < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, owner).SetProperty(o => o.LeaseExpiresAt, leaseUntil), cancellationToken)
                    .ConfigureAwait(false);
                if (won == 1)
                {
                    claimed.Add(row);
                }
            }

            return claimed;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RecordDeliveryAsync(long outboxId, string owner, long at, string? failure, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            // Only the lease holder records, and never over a delivery: a node whose lease ran out while it was sending
            // must not reset DeliveredAt after the node that re-claimed the row delivered it (that re-queued the row).
            long? delivered = failure is null ? at : null;
            return await db.Outbox.Where(o => o.Id == outboxId && o.LeaseOwner == owner && o.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                    .SetProperty(o => o.DeliveredAt, delivered)
                    .SetProperty(o => o.LastError, failure), cancellationToken)
                .ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxRow>> ListOutboxAsync(string channel, string recipient, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Outbox.AsNoTracking().Where(o => o.Channel == channel && o.Recipient == recipient)
                .OrderByDescending(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRow>> ListAuditAsync(string instanceId, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Audit.AsNoTracking().Where(a => a.InstanceId == instanceId)
                .OrderBy(a => a.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAuditedInstancesAsync(CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Audit.Select(a => a.InstanceId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
