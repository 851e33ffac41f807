namespace FormsEngine.Workflows.Runtime;

/// <summary>The result of checking audit hash chains: valid, or the first broken link.</summary>
public sealed class AuditVerification
{
    internal AuditVerification(int entriesChecked, string? instanceId, long? sequence, string? messageZh, string? messageEn)
    {
        EntriesChecked = entriesChecked;
        BrokenInstanceId = instanceId;
        BrokenSequence = sequence;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>True when every link holds.</summary>
    public bool IsValid => BrokenSequence is null;

    /// <summary>How many entries were checked.</summary>
    public int EntriesChecked { get; }

    /// <summary>The instance of the first broken entry.</summary>
    public string? BrokenInstanceId { get; }

    /// <summary>The sequence number of the first broken entry.</summary>
    public long? BrokenSequence { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string? MessageZh { get; }

    /// <summary>What is wrong, in English.</summary>
    public string? MessageEn { get; }
}
