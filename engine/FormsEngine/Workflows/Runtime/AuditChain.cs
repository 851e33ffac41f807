using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Workflows.Runtime;

/// <summary>The per-instance hash chain of audit entries: each hash covers the entry and the hash before it.</summary>
internal static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditRow row)
    {
        var text = string.Join('\u001f',
            row.InstanceId,
            row.Sequence.ToString(CultureInfo.InvariantCulture),
            row.At.ToString(CultureInfo.InvariantCulture),
            row.Actor,
            row.Action,
            row.Subject,
            row.Before,
            row.After,
            row.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Numbers, links and hashes <paramref name="row"/> onto the instance's chain.</summary>
    public static AuditRow Link(WorkflowInstanceState state, AuditRow row)
    {
        row.InstanceId = state.Id;
        row.Sequence = ++state.AuditSequence;
        row.PreviousHash = state.AuditHash;
        row.Hash = ComputeHash(row);
        state.AuditHash = row.Hash;
        return row;
    }
}
