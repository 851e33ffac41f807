namespace FormsEngine.Designer.Resident;

/// <summary>The state of one page render: the output, the placed errors and the clock.</summary>
internal sealed class RenderContext
{
    public RenderContext(HtmlOutput output, ErrorIndex errors, DateOnly? today)
    {
        Out = output;
        Errors = errors;
        Today = today;
    }

    public HtmlOutput Out { get; }

    public ErrorIndex Errors { get; }

    public DateOnly? Today { get; }
}
