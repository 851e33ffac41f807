using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace FormsEngine.Designer.Studio;

/// <summary>
/// The studio's language: Chinese (zh-CN) unless the user switched to English, remembered in ASP.NET Core's culture
/// cookie for a year. The circuit takes its culture from the request that opens it, so switching reloads the page.
/// </summary>
public static class StudioCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The endpoint that sets the cookie and goes back: <c>/studio/culture?culture=en&amp;returnUrl=/studio</c>.</summary>
    public const string SwitchPath = "/studio/culture";

    private static readonly string[] Supported = [Chinese, English];

    /// <summary>True for the studio's pages and its circuit connection, the only places the culture cookie applies.</summary>
    public static bool AppliesTo(PathString path) =>
        path.StartsWithSegments("/studio", StringComparison.Ordinal) || path.StartsWithSegments("/_blazor", StringComparison.Ordinal);

    /// <summary>Localization options: zh-CN by default, the culture cookie as the only source (not Accept-Language).</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture(Chinese).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>The URL that switches to <paramref name="culture"/> and returns to <paramref name="returnUrl"/>.</summary>
    public static string SwitchUrl(string culture, string returnUrl) =>
        $"{SwitchPath}?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The name of the other language, as the switch shows it.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    internal static IEndpointConventionBuilder MapStudioCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet(SwitchPath, (HttpContext context, string? culture, string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Chinese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            var local = returnUrl is { Length: > 1 } && returnUrl.StartsWith("/studio", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal);
            return Results.LocalRedirect(local ? returnUrl! : "/studio");
        }).ExcludeFromDescription();
}
