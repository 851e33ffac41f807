using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>The browser contexts the product is checked in: residents' phones and staff desktops, in China.</summary>
public static class Viewports
{
    public const string Locale = "zh-CN";
    public const string TimezoneId = "Asia/Shanghai";

    /// <summary>A small Android phone: 360×740 CSS pixels at 2× density, touch, mobile layout.</summary>
    public static BrowserNewContextOptions Phone(Uri baseUrl, bool javaScriptEnabled = true) => new()
    {
        BaseURL = baseUrl?.ToString(),
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = Locale,
        TimezoneId = TimezoneId,
        JavaScriptEnabled = javaScriptEnabled,
    };

    /// <summary>A staff laptop: 1280×800.</summary>
    public static BrowserNewContextOptions Desktop(Uri baseUrl, bool javaScriptEnabled = true) => new()
    {
        BaseURL = baseUrl?.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        Locale = Locale,
        TimezoneId = TimezoneId,
        JavaScriptEnabled = javaScriptEnabled,
    };
}
