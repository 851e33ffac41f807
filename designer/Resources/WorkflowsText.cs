namespace FormsEngine.Designer.Resources;

/// <summary>
/// The workflow editor's user-facing text: <c>WorkflowsText.resx</c> (English) and <c>WorkflowsText.zh-CN.resx</c>
/// (Chinese, the default culture), read through <c>IStringLocalizer&lt;WorkflowsText&gt;</c>.
/// </summary>
public sealed class WorkflowsText
{
    private WorkflowsText()
    {
    }
}
