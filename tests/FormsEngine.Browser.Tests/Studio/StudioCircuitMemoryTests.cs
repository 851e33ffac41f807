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
    public async Task An_open_dashboard_circuit_costs_at_most_1_MB_of_server_memory()
    {
        await using var first = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(first, "dongqu.staff");
        await OpenDashboardAsync(first.Page);

        // Warm up: JIT, Radzen's and Blazor's caches, the database's connection pool.
        var warm = await first.Context.NewPageAsync();
        await OpenDashboardAsync(warm);
        await warm.CloseAsync();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var pages = new List<IPage>();
        for (var i = 0; i < Circuits; i++)
        {
            var page = await first.Context.NewPageAsync();
            await OpenDashboardAsync(page);
            pages.Add(page);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var perCircuit = (after - before) / Circuits;
        var line = $"studio server memory per open dashboard circuit ({Circuits} circuits, GC.GetTotalMemory(true) before/after): {perCircuit / 1024.0:F0} KiB";
        output.WriteLine(line);
        await File.WriteAllTextAsync(Artifacts.PathFor("studio-circuit-memory", ".txt"), line + Environment.NewLine);
        Assert.True(perCircuit <= Budget, line);
        first.AssertNoProblems();
    }

    private static async Task OpenDashboardAsync(IPage page)
    {
        await page.GotoAsync("/studio");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "按网格" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "按网格" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=per-grid-caption]")).ToBeVisibleAsync();
    }
}
