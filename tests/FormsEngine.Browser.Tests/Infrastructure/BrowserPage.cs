using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// A page in its own browser context that records what went wrong while it was open: console errors, uncaught
/// script errors, requests that failed on the network, and responses with an HTTP error status. Disposing it closes
/// the context. Everything Playwright offers is on <see cref="Page"/>; the common calls are forwarded here.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();

    internal BrowserPage(IBrowserContext context, IPage page, ViewportSize? viewport)
    {
        Context = context;
        Page = page;
        Viewport = viewport;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsFaviconProbe(message.Location))
            {
                Record($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught script error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsFaviconProbe(response.Url))
            {
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IBrowserContext Context { get; }

    /// <summary>The viewport the context was opened with (null when it has none).</summary>
    public ViewportSize? Viewport { get; }

    /// <summary>What went wrong so far, oldest first.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_gate)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Navigates to a path relative to the host (e.g. <c>"/"</c>) and returns the main response.</summary>
    public async Task<IResponse> GotoAsync(string path, PageGotoOptions? options = null) =>
        await Page.GotoAsync(path, options) ?? throw new InvalidOperationException($"No response for {path}.");

    public ILocator Locator(string selector) => Page.Locator(selector);

    public ILocator GetByRole(AriaRole role, PageGetByRoleOptions? options = null) => Page.GetByRole(role, options);

    public ILocator GetByText(string text, PageGetByTextOptions? options = null) => Page.GetByText(text, options);

    public Task<T> EvaluateAsync<T>(string expression, object? arg = null) => Page.EvaluateAsync<T>(expression, arg);

    /// <summary>Fails the test, listing every problem, if any console error, script error or failed request was seen.</summary>
    public void AssertNoProblems()
    {
        var problems = Problems;
        Assert.True(problems.Count == 0, $"The page at {Page.Url} had {problems.Count} problem(s):\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Forgets the problems seen so far (e.g. after deliberately requesting a missing page).</summary>
    public void ClearProblems()
    {
        lock (_gate)
        {
            _problems.Clear();
        }
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();

    /// <summary>
    /// Chromium asks for <c>/favicon.ico</c> on its own, at a moment of its choosing, and logs a console error when
    /// the host has none. That request is the browser's, not the page's, and its timing would make tests flaky.
    /// </summary>
    /// <param name="url">A request URL, or a console location (<c>url:line:column</c>).</param>
    private static bool IsFaviconProbe(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return path == "/favicon.ico" || path.StartsWith("/favicon.ico:", StringComparison.Ordinal);
    }

    private void Record(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }
}
