using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// One real host and one headless Chromium for the whole <see cref="BrowserCollectionDefinition"/>. Each test opens its own
/// context (cheap, isolated cookies and storage) through <see cref="NewPhonePageAsync"/> or
/// <see cref="NewDesktopPageAsync"/> and disposes it with <c>await using</c>.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private BrowserHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234/</c>. Pages resolve relative URLs against it.</summary>
    public Uri BaseUrl => Host.BaseUrl;

    /// <summary>The running host, for tests that need its services (e.g. to seed data).</summary>
    public BrowserHost Host => _host ?? throw NotStarted();

    /// <summary>The shared Chromium; prefer the page helpers, which also collect console errors.</summary>
    public IBrowser Browser => _browser ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        SystemChromium.EnsureInstalled();
        _host = new BrowserHost();
        _host.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Headless = true,
            Args = SystemChromium.Args,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A page in a fresh phone context (360×740 CSS px, 2× density, touch, zh-CN, Asia/Shanghai).</summary>
    public Task<BrowserPage> NewPhonePageAsync(bool javaScriptEnabled = true) =>
        NewPageAsync(Viewports.Phone(BaseUrl, javaScriptEnabled));

    /// <summary>A page in a fresh desktop context (1280×800, zh-CN, Asia/Shanghai), e.g. for the staff studio.</summary>
    public Task<BrowserPage> NewDesktopPageAsync(bool javaScriptEnabled = true) =>
        NewPageAsync(Viewports.Desktop(BaseUrl, javaScriptEnabled));

    /// <summary>A page in a fresh context with any options (start from <see cref="Viewports"/>); BaseURL is filled in.</summary>
    public async Task<BrowserPage> NewPageAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL ??= BaseUrl.ToString();
        var context = await Browser.NewContextAsync(options);
        try
        {
            return new BrowserPage(context, await context.NewPageAsync(), options.ViewportSize);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    private static InvalidOperationException NotStarted() =>
        new("The browser fixture is not started; use it through [Collection(BrowserCollectionDefinition.Name)].");
}
