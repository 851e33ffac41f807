namespace FormsEngine.Designer.Resident;

/// <summary>The resident page's stylesheet and enhancement script, embedded in this assembly and read once.</summary>
public static class ResidentAssets
{
    private static readonly Lazy<ResidentAsset> Css = new(() => new ResidentAsset("FormsEngine.Designer.Resident.resident.css", "text/css; charset=utf-8"));
    private static readonly Lazy<ResidentAsset> Js = new(() => new ResidentAsset("FormsEngine.Designer.Resident.resident.js", "text/javascript; charset=utf-8"));

    /// <summary>resident.css: mobile-first, readable at 360 px, print-safe.</summary>
    public static ResidentAsset Stylesheet => Css.Value;

    /// <summary>resident.js (ES5): live conditions, checks, stepper, repeat items, photo downscaling, drafts.</summary>
    public static ResidentAsset Script => Js.Value;
}
