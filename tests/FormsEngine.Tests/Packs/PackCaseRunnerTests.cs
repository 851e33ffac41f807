using System.Text.Json.Nodes;
using FormsEngine.Packs;
using FormsEngine.Packs.Cases;
using FormsEngine.Storage;

namespace FormsEngine.Tests.Packs;

public sealed class PackCaseRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fe-cases-").FullName;

    [Fact]
    public async Task The_mini_packs_cases_pass_on_a_real_store()
    {
        using var fixture = new PackFixture();

        var results = await RunAsync(fixture.LoadPack());

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, string.Join("\n", r.Failures)));
    }

    [Fact]
    public async Task A_wrong_expectation_fails_with_expected_and_actual()
    {
        using var fixture = new PackFixture();
        fixture.Edit("cases/basic.json", c =>
        {
            var first = c["cases"]![1]!.AsObject();
            first["expect"]!["route"] = new JsonArray("gridCheck@网格员(1号楼)", "communityReview@社区工作人员");
            first["expect"]!["values"] = new JsonObject { ["input.补贴金额"] = 200 };
        });

        var failures = (await RunAsync(fixture.LoadPack()))[1].Failures;

        Assert.Equal(2, failures.Count);
        Assert.Contains("communityReview@社区管理员", failures[0], StringComparison.Ordinal);
        Assert.Contains("input.补贴金额: 期望 expected 200，实际 actual 100", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_community_parameter_reaches_rules_and_workflow_routing()
    {
        using var fixture = new PackFixture();
        fixture.Edit("cases/basic.json", c =>
        {
            var second = c["cases"]![1]!.AsObject();
            second["params"] = new JsonObject { ["minAge"] = 77, ["approverRole"] = "社区管理员" };
            second.Remove("decisions");
            second["expect"] = new JsonObject { ["outcome"] = "ineligible", ["explanation"] = new JsonArray("年龄需满 77 周岁") };
        });

        var result = (await RunAsync(fixture.LoadPack()))[1];

        Assert.True(result.Passed, string.Join("\n", result.Failures));
    }

    [Fact]
    public async Task A_grid_worker_route_without_a_building_falls_through_to_the_next_route()
    {
        using var fixture = new PackFixture();
        fixture.Edit("workflows/mini-elderly-approval.json", w =>
            {
                var grid = w["activities"]!.AsArray().First(a => a!["id"]!.GetValue<string>() == "gridCheck")!;
                grid["assignee"] = JsonNode.Parse("""[{"kind": "gridWorker", "building": "input.楼栋"}, {"kind": "role", "value": "社区工作人员"}]""");
            })
            .Edit("cases/basic.json", c =>
            {
                var second = c["cases"]![1]!.AsObject();
                second.Remove("building");
                second["expect"]!["route"] = new JsonArray("gridCheck@社区工作人员", "communityReview@社区管理员");
            });

        var result = (await RunAsync(fixture.LoadPack()))[1];

        Assert.True(result.Passed, string.Join("\n", result.Failures));
    }

    [Fact]
    public async Task Moving_the_clock_several_days_fires_a_daily_timer_each_day()
    {
        using var fixture = new PackFixture();
        fixture.Edit("cases/basic.json", c =>
        {
            var third = c["cases"]![2]!.AsObject();
            third["decisions"] = new JsonArray("+P5D");
            third["expect"] = new JsonObject { ["route"] = new JsonArray("gridCheck@街道管理员"), ["status"] = "waiting" };
        });

        var result = (await RunAsync(fixture.LoadPack()))[2];

        Assert.True(result.Passed, string.Join("\n", result.Failures));
    }

    private async Task<IReadOnlyList<PackCaseResult>> RunAsync(RulePack pack) =>
        await new PackCaseRunner(new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")))).RunAsync(pack, CancellationToken.None);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
