using System.Text.RegularExpressions;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>Checks shared by the resident page tests.</summary>
internal static partial class ResidentChecks
{
    /// <summary>Fails when the page is wider than the phone's viewport, i.e. the resident has to scroll sideways.</summary>
    public static async Task AssertNoHorizontalOverflowAsync(BrowserPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var width = page.Viewport?.Width ?? throw new InvalidOperationException("The page has no viewport.");
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Page.Url} is {scrollWidth} CSS px wide on a {width} px phone: it scrolls sideways.");
    }

    /// <summary>
    /// Fails when the red bar that marks an invalid question (an inset box-shadow on <c>.fe-invalid</c>) is drawn over
    /// the question's own label, message or controls, e.g. inside a repeat item, where questions have no side padding.
    /// </summary>
    public static async Task AssertErrorBarsClearOfContentAsync(BrowserPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var overlaps = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.fe-invalid')].filter(q => q.getClientRects().length > 0).flatMap(q => {
              const bar = parseFloat((/(-?[\d.]+)px/.exec(getComputedStyle(q).boxShadow) || [0, 0])[1]);
              const left = q.getBoundingClientRect().left + bar;
              return [...q.querySelectorAll('.fe-label, .fe-err, .fe-opt, .fe-help, input:not([type=hidden]):not([type=radio])')]
                .filter(el => el.getClientRects().length > 0 && el.getBoundingClientRect().left < left - 0.5)
                .map(el => `${q.id}: ${el.className || el.tagName} starts at ${el.getBoundingClientRect().left}px, under the ${bar}px error bar ending at ${left}px`);
            })
            """);
        Assert.True(overlaps.Length == 0, "The error bar covers content:\n  " + string.Join("\n  ", overlaps));
    }

    /// <summary>Checks the receipt's heading and reference number (e.g. 261122-7K3M-9PQ2) and returns the number.</summary>
    public static async Task<string> AssertReceiptAsync(BrowserPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("提交成功");
        var reference = page.Locator(".ref");
        await Assertions.Expect(reference).ToHaveTextAsync(ReferenceNumber());
        return await reference.InnerTextAsync();
    }

    /// <summary>The POST requests a page has sent so far, to prove a client-side action did not reach the server.</summary>
    public static Func<int> CountPosts(BrowserPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var posts = 0;
        page.Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
            }
        };
        return () => Volatile.Read(ref posts);
    }

    [GeneratedRegex(@"^\d{6}-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex ReferenceNumber();
}
