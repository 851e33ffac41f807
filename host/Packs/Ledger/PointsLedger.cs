using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// Appends to the points ledger. Per account, entries are numbered and (community, account, sequence) is unique: a
/// writer reads the account's last entry, computes the next balance and inserts sequence + 1 in one transaction. Two
/// writers on the same account cannot both succeed — on SQLite the transaction holds the one write lock from its start
/// (BEGIN IMMEDIATE); on PostgreSQL the second insert waits on the unique index and fails once the first commits — and
/// the loser retries on the fresh balance. So a debit is decided on the balance it is written against, and one that
/// would go below zero is refused (an audit entry, no ledger row).
/// </summary>
internal sealed class PointsLedger(FormsEngineDbContext db, AuditLog audit, TimeProvider clock)
{
    private const int Attempts = 8;

    /// <summary>The account's balance (0 for an account with no entries).</summary>
    public async Task<long> BalanceAsync(string communityId, string account, CancellationToken cancellationToken) =>
        await db.Set<PointsLedgerRow>().AsNoTracking()
            .Where(e => e.CommunityId == communityId && e.Account == account)
            .OrderByDescending(e => e.Sequence)
            .Select(e => (long?)e.BalanceAfter)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;

    /// <summary>
    /// Posts the posting's points (positive) as its kind for a workflow instance and records the instance as handled,
    /// in one transaction; returns the outcome. A debit that would make the balance negative is refused.
    /// </summary>
    public async Task<string> PostAsync(PointsPosting posting, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(posting.Points);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<PointsPostingRow>().AsNoTracking().AnyAsync(p => p.InstanceId == posting.InstanceId, cancellationToken).ConfigureAwait(false))
            {
                return "already";
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    var outcome = await AppendAsync(posting, cancellationToken).ConfigureAwait(false);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return outcome;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another writer took the next sequence number (or posted this instance): read again.
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<string> AppendAsync(PointsPosting posting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var last = await db.Set<PointsLedgerRow>().AsNoTracking()
            .Where(e => e.CommunityId == posting.CommunityId && e.Account == posting.Account)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var balance = last?.BalanceAfter ?? 0;
        var signed = posting.Kind == PointsKinds.Debit ? -posting.Points : posting.Points;
        var outcome = posting.Kind;
        if (posting.Points == 0)
        {
            outcome = PointsKinds.None;
        }
        else if (balance + signed < 0)
        {
            outcome = PointsKinds.Refused;
            audit.Add(posting.By, "points.debitRefused", posting.SubmissionId, posting.StreetId, posting.CommunityId,
                $"扣减 {posting.Points} 积分将使余额为负（当前余额 {balance}），未扣减 / debit of {posting.Points} refused: balance {balance}");
        }
        else
        {
            var row = new PointsLedgerRow
            {
                StreetId = posting.StreetId,
                CommunityId = posting.CommunityId,
                Account = posting.Account,
                Sequence = (last?.Sequence ?? 0) + 1,
                Kind = posting.Kind,
                Points = signed,
                BalanceAfter = balance + signed,
                SubmissionId = posting.SubmissionId,
                InstanceId = posting.InstanceId,
                At = now,
                By = posting.By,
                Note = posting.Note,
                PreviousHash = last?.Hash ?? "",
                Hash = "",
            };
            row.Hash = PointsChain.HashOf(row);
            db.Add(row);
        }

        db.Add(new PointsPostingRow { InstanceId = posting.InstanceId, StreetId = posting.StreetId, CommunityId = posting.CommunityId, Outcome = outcome, At = now });
        return outcome;
    }
}

/// <summary>What a completed workflow instance asks the ledger to post.</summary>
internal sealed record PointsPosting(
    string StreetId, string CommunityId, string Account, string Kind, long Points, string SubmissionId, string InstanceId, string By, string? Note);
