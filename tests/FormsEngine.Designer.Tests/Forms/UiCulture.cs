using System.Globalization;

namespace FormsEngine.Designer.Tests.Forms;

/// <summary>Switches the UI culture for the rest of a test: <c>using var _ = UiCulture.Use("en");</c>.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static UiCulture Use(string name) => new(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
