namespace FormsEngine.Packs;

/// <summary>
/// The dates a campaign pack's forms are open (China time, both days included). Once <see cref="End"/> has passed the
/// forms close to new submissions and retention counts from then.
/// </summary>
public sealed record PackCampaign(DateOnly? Start, DateOnly? End)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The first instant the forms accept submissions (00:00 China time of <see cref="Start"/>), or null.</summary>
    public DateTimeOffset? OpensAt => Start is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), ChinaOffset) : null;

    /// <summary>The instant the forms close (00:00 China time of the day after <see cref="End"/>), or null.</summary>
    public DateTimeOffset? ClosesAt => End is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset) : null;
}
