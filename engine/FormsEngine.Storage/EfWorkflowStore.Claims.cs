using FormsEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>Lease-based claims (select candidates, then a conditional UPDATE per row), the outbox, and the audit log.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
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
    public async Task RecordDeliveryAsync(long outboxId, long at, string? failure, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            long? delivered = failure is null ? at : null;
            await db.Outbox.Where(o => o.Id == outboxId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                    .SetProperty(o => o.DeliveredAt, delivered)
                    .SetProperty(o => o.LastError, failure), cancellationToken)
                .ConfigureAwait(false);
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
