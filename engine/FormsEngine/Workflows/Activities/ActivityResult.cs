namespace FormsEngine.Workflows.Activities;

/// <summary>What an activity asks the runtime to do with its token.</summary>
internal sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, string? value, string? messageEn = null)
    {
        Kind = kind;
        Value = value;
        MessageEn = messageEn;
    }

    public ActivityResultKind Kind { get; }

    /// <summary>The outcome (Complete), the end status (End) or the Chinese message (Fault).</summary>
    public string? Value { get; }

    public string? MessageEn { get; }

    public static ActivityResult Complete(string outcome) => new(ActivityResultKind.Complete, outcome);

    public static ActivityResult Suspend() => new(ActivityResultKind.Suspend, null);

    public static ActivityResult Consume() => new(ActivityResultKind.Consume, null);

    public static ActivityResult End(string status) => new(ActivityResultKind.End, status);

    public static ActivityResult Fault(string messageZh, string messageEn) => new(ActivityResultKind.Fault, messageZh, messageEn);
}

/// <summary>The kinds of <see cref="ActivityResult"/>.</summary>
internal enum ActivityResultKind
{
    /// <summary>Leave through an outcome.</summary>
    Complete,

    /// <summary>Wait on a bookmark (a task or a timer).</summary>
    Suspend,

    /// <summary>The token ends here without continuing (a join still waiting for other branches).</summary>
    Consume,

    /// <summary>End the whole workflow with a status.</summary>
    End,

    /// <summary>Stop the workflow with an error.</summary>
    Fault,
}
