namespace FormsEngine.Designer.Resources;

/// <summary>
/// The form builder's user-facing text: <c>BuilderText.resx</c> (English) and <c>BuilderText.zh-CN.resx</c> (Chinese,
/// the default culture). Components read it through <c>IStringLocalizer&lt;BuilderText&gt;</c>; the editing model,
/// which has no services, through <see cref="BuilderStrings"/>.
/// </summary>
public sealed class BuilderText
{
    private BuilderText()
    {
    }
}
