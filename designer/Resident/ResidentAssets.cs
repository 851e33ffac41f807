namespace FormsEngine.Designer.Resident;

/// <summary>The resident page's stylesheet and enhancement script, embedded in this assembly and read once.</summary>
public static class ResidentAssets
{
    private const string Prefix = "FormsEngine.Designer.Resident.";

    private static readonly Lazy<ResidentAsset> Css = new(() => new ResidentAsset("text/css; charset=utf-8", Prefix + "resident.css"));

    private static readonly Lazy<ResidentAsset> Js = new(() => new ResidentAsset(
        "text/javascript; charset=utf-8", Prefix + "resident.logic.js", Prefix + "resident.steps.js", Prefix + "resident.widgets.js"));

    /// <summary>resident.css: mobile-first, readable at 360 px, print-safe.</summary>
    public static ResidentAsset Stylesheet => Css.Value;

    /// <summary>resident.js (ES5; Assets/resident.logic.js, .steps.js and .widgets.js joined): live conditions, checks, stepper, repeat items, photo downscaling, drafts.</summary>
    public static ResidentAsset Script => Js.Value;
}
