namespace FormsEngine.Designer.Resources;

/// <summary>
/// The rule-pack page's user-facing text: <c>PacksText.resx</c> (English) and <c>PacksText.zh-CN.resx</c> (Chinese,
/// the default culture), read through <c>IStringLocalizer&lt;PacksText&gt;</c>.
/// </summary>
public sealed class PacksText
{
    private PacksText()
    {
    }
}
