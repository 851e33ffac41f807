using System.Globalization;
using System.Resources;

namespace FormsEngine.Designer.Resources;

/// <summary>
/// <see cref="BuilderText"/> for the form builder's editing model (plain classes without services), in
/// <see cref="CultureInfo.CurrentUICulture"/>: Blazor Server sets it per circuit from the studio's culture cookie.
/// As with the resources, Chinese is for a zh culture and English for every other one (the neutral resources).
/// </summary>
internal static class BuilderStrings
{
    private static readonly ResourceManager Manager = new("FormsEngine.Designer.Resources.BuilderText", typeof(BuilderText).Assembly);

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>True when the current UI language is Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The text <paramref name="name"/> in the current UI culture; the name itself when it is missing.</summary>
    public static string Get(string name) => Manager.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    /// <summary>
    /// The text <paramref name="name"/> in Chinese, whatever the UI language: for what becomes form content (a new
    /// field's key and label start from its type's Chinese name).
    /// </summary>
    public static string Chinese(string name) => Manager.GetString(name, ChineseCulture) ?? name;

    /// <summary>The text <paramref name="name"/> with its placeholders filled in.</summary>
    public static string Format(string name, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(name), args);

    /// <summary>Of a message that already carries both languages (engine diagnostics), the one for the UI culture.</summary>
    public static string Pick(string zh, string? en) => IsChinese || string.IsNullOrEmpty(en) ? zh : en;
}
