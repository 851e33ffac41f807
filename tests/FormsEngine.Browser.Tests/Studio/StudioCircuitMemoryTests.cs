using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>
/// Server memory per open studio circuit: the host runs in this process (WebApplicationFactory on Kestrel), so the
/// managed heap after a full collection, before and after opening N dashboards, is the circuits' cost.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class StudioCircuitMemoryTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser)
{
    private const int Circuits = 10;
    private const long Budget = 1024 * 1024;

    [Fact]
    public Task An_open_dashboard_circuit_costs_at_most_1_MB_of_server_memory() =>
        MeasureAsync("dashboard", OpenDashboardAsync);

    [Fact]
    public Task An_open_form_designer_circuit_costs_at_most_1_MB_of_server_memory() =>
        MeasureAsync("form designer", OpenDesignerAsync);

    private async Task MeasureAsync(string what, Func<IPage, Task> open)
    {
        await using var first = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(first, "dongqu.staff");
        await open(first.Page);

        // Warm up: JIT, Radzen's and Blazor's caches, the database's connection pool.
        var warm = await first.Context.NewPageAsync();
        await open(warm);
        await warm.CloseAsync();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var pages = new List<IPage>();
        for (var i = 0; i < Circuits; i++)
        {
            var page = await first.Context.NewPageAsync();
            await open(page);
            pages.Add(page);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var perCircuit = (after - before) / Circuits;
        var line = $"studio server memory per open {what} circuit ({Circuits} circuits, GC.GetTotalMemory(true) before/after): {perCircuit / 1024.0:F0} KiB";
        output.WriteLine(line);
        await File.WriteAllTextAsync(Artifacts.PathFor("studio-circuit-memory-" + what.Replace(' ', '-'), ".txt"), line + Environment.NewLine);
        Assert.True(perCircuit <= Budget, line);
        first.AssertNoProblems();
    }

    /// <summary>The 高龄津贴申请 designer with all four tabs rendered (builder, rule tree and panels, publish, history).</summary>
    private static async Task OpenDesignerAsync(IPage page)
    {
        await page.GotoAsync("/studio/forms/elderly-allowance");
        await Assertions.Expect(page.Locator("[data-testid=rule-tree-editor]")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("iframe.fb-phone")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-grid]")).ToContainTextAsync("rulepacks/forms");
    }

    private static async Task OpenDashboardAsync(IPage page)
    {
        await page.GotoAsync("/studio");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "按网格" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "按网格" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=per-grid-caption]")).ToBeVisibleAsync();
    }
}
