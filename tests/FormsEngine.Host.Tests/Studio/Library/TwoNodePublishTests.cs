using System.Diagnostics;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Studio.Library;
using FormsEngine.Host.Tests.Resident;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Studio.Library;

/// <summary>
/// Two real hosts on one database (PostgreSQL, or one SQLite file): a form published on node A with its own eligibility
/// rules is evaluated with those rules on node B within the cache poll interval (docs/adr/0012). Before the
/// <c>cache_versions</c> poll, B evaluated the rule pack's file for that version until it restarted.
/// </summary>
public sealed class TwoNodePublishTests(ITestOutputHelper output)
{
    private const string Elderly = "elderly-allowance";
    private const string Form = "/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

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
        Assert.True(followed < PollInterval * 5, $"node B followed after {followed}");

        // A 76-year-old qualifies on B under A's new rules (the rule pack's file says 80).
        using var resident = new ResidentBrowserless(nodeB);
        await resident.OpenAsync(Form);
        Assert.Contains("代办人姓名", resident.Html, StringComparison.Ordinal);
        using var response = await resident.PostAsync(Form, ResidentEndpointsTests.ElderlyFields("110105195003070019"));
        Assert.Contains("初步审核：符合条件", await resident.FollowAsync(response), StringComparison.Ordinal);
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
