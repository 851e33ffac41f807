using System.Globalization;
using System.Runtime.CompilerServices;

namespace FormsEngine.Designer.Tests.Forms;

/// <summary>
/// The culture rule of these tests: the builder's UI language is Chinese (zh-CN, the studio's default), so tests
/// assert today's Chinese wording. The neutral BuilderText.resx is English, like StudioText, and the test host's
/// invariant culture would pick it; a test of the English text sets <see cref="CultureInfo.CurrentUICulture"/> itself
/// (<see cref="UiCulture.Use"/>), which flows with its async calls and ends with the test.
/// </summary>
internal static class ChineseUiCulture
{
    [ModuleInitializer]
    internal static void Apply()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }
}
