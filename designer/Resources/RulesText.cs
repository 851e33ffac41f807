namespace FormsEngine.Designer.Resources;

/// <summary>
/// The rule editors' user-facing text: <c>RulesText.resx</c> (English) and <c>RulesText.zh-CN.resx</c> (Chinese, the
/// default culture), read through <c>IStringLocalizer&lt;RulesText&gt;</c>.
/// </summary>
public sealed class RulesText
{
    private RulesText()
    {
    }
}
