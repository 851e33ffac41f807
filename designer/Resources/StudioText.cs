namespace FormsEngine.Designer.Resources;

/// <summary>
/// The studio's user-facing text: <c>StudioText.resx</c> (English) and <c>StudioText.zh-CN.resx</c> (Chinese, the
/// default culture), read through <c>IStringLocalizer&lt;StudioText&gt;</c>.
/// </summary>
public sealed class StudioText
{
    private StudioText()
    {
    }
}
