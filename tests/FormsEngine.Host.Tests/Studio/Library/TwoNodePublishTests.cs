using System.Diagnostics;
using System.Net;
using FormsEngine.Host.Data;
using FormsEngine.Host.Packs;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Studio.Library;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Packs;
using FormsEngine.Host.Tests.Resident;
using FormsEngine.Host.Tests.Studio.Workflows;
using FormsEngine.Host.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Studio.Library;

/// <summary>
/// Two real hosts on one database (PostgreSQL, or one SQLite file): a form published on node A with its own eligibility
/// rules is evaluated with those rules on node B, and a pack imported or a workflow published on A is known to B,
/// within the cache poll interval (docs/adr/0012). Before the <c>cache_versions</c> poll, B kept what it loaded at
/// start until it restarted.
/// </summary>
public sealed class TwoNodePublishTests(ITestOutputHelper output)
{
    private const string Elderly = "elderly-allowance";
    private const string Form = "/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // One interval plus the reload, with room for a loaded 2-core test machine; without the poll it is "never".
    private static readonly TimeSpan FollowWithin = PollInterval * 10;

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_rule_set_published_on_node_A_is_evaluated_on_node_B_within_the_poll_interval(string provider)
    {
        await using var database = provider == "postgres" ? await Data.PostgresDatabase.CreateAsync() : null;
        using var nodeA = Node(database, dataPath: null);
        using var clientA = nodeA.CreateClient(); // A migrates the database before B starts
        using var nodeB = Node(database, database is null ? nodeA.DataPath : null);
        using var clientB = nodeB.CreateClient();

        var forms = new FormStudioOperations(await StudioTestCalls.ForAsync(nodeA, "dongqu.staff"));
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        var rulesJson = FormStudioOperationsTests.WithStartAge(opened.RuleSetJson!, 75);
        var published = Stopwatch.StartNew();
        var outcome = await forms.PublishAsync(Elderly, FormStudioOperationsTests.WithProxyField(opened.FormJson), rulesJson, "起始年龄改为 75 周岁", CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.MessageEn);

        var rulesOnB = nodeB.Services.GetRequiredService<RuleCatalog>();
        while (rulesOnB.SourceFor(Elderly, outcome.Version!.Value, Elderly) != rulesJson && published.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        var followed = published.Elapsed;
        output.WriteLine($"{provider}: node B pinned node A's rule set {followed.TotalMilliseconds:F0} ms after the publish (poll interval {PollInterval.TotalMilliseconds:F0} ms)");
        Assert.True(followed < FollowWithin, $"node B followed after {followed}");

        // A 76-year-old qualifies on B under A's new rules (the rule pack's file says 80).
        using var resident = new ResidentBrowserless(nodeB);
        await resident.OpenAsync(Form);
        Assert.Contains("代办人姓名", resident.Html, StringComparison.Ordinal);
        using var response = await resident.PostAsync(Form, ResidentEndpointsTests.ElderlyFields("110105195003070019"));
        Assert.Contains("初步审核：符合条件", await resident.FollowAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_pack_imported_on_node_A_links_its_form_versions_on_node_B_within_the_poll_interval(string provider)
    {
        await using var database = provider == "postgres" ? await Data.PostgresDatabase.CreateAsync() : null;
        using var nodeA = Node(database, dataPath: null);
        using var admin = await nodeA.CreateStaffClientAsync("admin");
        using var nodeB = Node(database, database is null ? nodeA.DataPath : null);
        using var clientB = nodeB.CreateClient();
        var packsOnB = nodeB.Services.GetRequiredService<PackCatalog>();
        Assert.Null(packsOnB.Find("mini", "1.0.0"));

        using var response = await TestPacks.ImportAsync(admin, TestPacks.Mini());
        var imported = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var onA = nodeA.Services.GetRequiredService<PackCatalog>().Find("mini", "1.0.0")!;
        while (packsOnB.Find("mini", "1.0.0") is null && imported.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        var followed = imported.Elapsed;
        output.WriteLine($"{provider}: node B loaded node A's pack {followed.TotalMilliseconds:F0} ms after the import returned");
        Assert.True(followed < FollowWithin, $"node B followed after {followed}");
        Assert.Equal(onA.ContentHash, packsOnB.Find("mini", "1.0.0")!.ContentHash);
        using var scope = nodeA.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var links = await scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>().PackForms.Where(l => l.PackId == "mini").ToListAsync();
        Assert.Equal(onA.Forms.Count, links.Count);
        Assert.All(links, l => Assert.Equal("mini", packsOnB.Find(l.FormId, l.FormVersion)?.PackId));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_workflow_version_published_on_node_A_is_listed_on_node_B_within_the_poll_interval(string provider)
    {
        const string Approval = "elderly-allowance-approval";
        await using var database = provider == "postgres" ? await Data.PostgresDatabase.CreateAsync() : null;
        using var nodeA = Node(database, dataPath: null);
        using var clientA = nodeA.CreateClient();
        using var nodeB = Node(database, database is null ? nodeA.DataPath : null);
        using var clientB = nodeB.CreateClient();

        var admin = await StudioCircuit.WorkflowsForAsync(nodeA, "admin");
        var opened = (await admin.OpenAsync(Approval, CancellationToken.None))!;
        var result = await admin.PublishAsync(Approval, WorkflowStudioPublishTests.Edit(opened.Json, step => step["sla"] = "PT12H"), "时限改为 12 小时", CancellationToken.None);
        var published = Stopwatch.StartNew();
        Assert.True(result.Succeeded, result.MessageEn);

        var catalogOnB = nodeB.Services.GetRequiredService<WorkflowCatalog>();
        while (!catalogOnB.Published.Any(d => d.Id == Approval && d.Version == result.Version) && published.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        output.WriteLine($"{provider}: node B listed node A's workflow version {published.Elapsed.TotalMilliseconds:F0} ms after the publish returned");
        Assert.True(published.Elapsed < FollowWithin, $"node B followed after {published.Elapsed}");
    }

    private static HostFactory Node(Data.PostgresDatabase? database, string? dataPath)
    {
        var settings = new Dictionary<string, string>
        {
            ["FormsEngine:CacheVersionPollInterval"] = PollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (database is not null)
        {
            settings["FormsEngine:Database"] = "postgres";
            settings["ConnectionStrings:FormsEngine"] = database.ConnectionString;
        }

        return new HostFactory { Settings = settings, DataPathOverride = dataPath };
    }
}
