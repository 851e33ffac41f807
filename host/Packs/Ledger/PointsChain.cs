using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FormsEngine.Host.Data;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>The SHA-256 chain over one account's entries, like the audit trail's: each hash covers the previous one.</summary>
internal static class PointsChain
{
    public static string HashOf(PointsLedgerRow row)
    {
        var text = string.Join('\n',
            row.PreviousHash,
            row.StreetId,
            row.CommunityId,
            row.Account,
            row.Sequence.ToString(CultureInfo.InvariantCulture),
            row.Kind,
            row.Points.ToString(CultureInfo.InvariantCulture),
            row.BalanceAfter.ToString(CultureInfo.InvariantCulture),
            row.SubmissionId,
            row.InstanceId,
            row.At.ToString(CultureInfo.InvariantCulture),
            row.By,
            row.Note ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Checks entries of one account in sequence order: numbered 1, 2, 3…, each linked to the one before, each hash
    /// matching its fields, each balance the previous plus its points and never negative. Returns the first bad
    /// sequence number, or null when the chain holds.
    /// </summary>
    public static long? FirstBroken(IReadOnlyList<PointsLedgerRow> entries)
    {
        var previous = "";
        long balance = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var row = entries[i];
            balance += row.Points;
            if (row.Sequence != i + 1 || row.PreviousHash != previous || row.BalanceAfter != balance || balance < 0
                || (row.Kind == PointsKinds.Credit) != (row.Points > 0) || row.Hash != HashOf(row))
            {
                return row.Sequence;
            }

            previous = row.Hash;
        }

        return null;
    }
}
