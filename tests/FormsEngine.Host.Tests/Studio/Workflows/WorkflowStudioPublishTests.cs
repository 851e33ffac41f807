using System.Text.Json.Nodes;
using FormsEngine.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio.Workflows;

/// <summary>Publishing through the studio's seam: a new version the runtime runs, refusals with reasons, roles.</summary>
public sealed class WorkflowStudioPublishTests : IDisposable
{
    private const string Elderly = "elderly-allowance-approval";
    private readonly HostFactory _factory = new();

    [Fact]
    public async Task Admin_publishes_a_new_version_and_the_runtime_starts_new_instances_on_it()
    {
        _ = _factory.Server;
        var admin = await StudioCircuit.WorkflowsForAsync(_factory, "admin");
        var opened = (await admin.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.True(opened.MayPublish);
        var json = Edit(opened.Json, step => { step["sla"] = "PT12H"; step["title"] = "核实（新版）：{{input.姓名}}"; });

        var result = await admin.PublishAsync(Elderly, json, "网格员核实时限改为 12 小时", CancellationToken.None);

        Assert.True(result.Succeeded, result.MessageZh + string.Join("; ", result.Problems.Select(p => p.Path + " " + p.MessageZh)));
        Assert.Equal(opened.Version + 1, result.Version);
        var runtime = _factory.Services.GetRequiredService<WorkflowRuntime>();
        var input = new JsonObject { ["姓名"] = "王奶奶", ["年龄"] = 85, ["楼栋"] = "dongqu-b1", ["手机号"] = "13800138000" };
        var instance = await runtime.StartAsync(Elderly, input, "test", CancellationToken.None);
        Assert.Equal(result.Version, instance.DefinitionVersion);
        Assert.Equal("核实（新版）：王奶奶", Assert.Single(instance.OpenTasks).Title);

        var history = await admin.ListVersionsAsync(Elderly, CancellationToken.None);
        Assert.Equal(result.Version, history[0].Version);
        Assert.Equal(("admin", "网格员核实时限改为 12 小时", true), (history[0].PublishedBy, history[0].ChangeNote, history[0].FromStudio));
        Assert.False(history[^1].FromStudio);
        var listed = Assert.Single(await admin.ListAsync(CancellationToken.None), w => w.Id == Elderly);
        Assert.Equal((result.Version!.Value, "elderly-allowance"), (listed.LatestVersion, Assert.Single(listed.TriggerForms)));
    }

    [Fact]
    public async Task Invalid_workflow_is_refused_with_the_engines_diagnostics_and_nothing_is_published()
    {
        _ = _factory.Server;
        var admin = await StudioCircuit.WorkflowsForAsync(_factory, "admin");
        var opened = (await admin.OpenAsync(Elderly, CancellationToken.None))!;

        var result = await admin.PublishAsync(Elderly, Edit(opened.Json, step => step["sla"] = "两天"), "坏的时限", CancellationToken.None);
        var notJson = await admin.PublishAsync(Elderly, "{\"id\": ", "坏的 JSON", CancellationToken.None);
        var noNote = await admin.PublishAsync(Elderly, opened.Json, "  ", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Version);
        Assert.Contains(result.Problems, p => p.IsError && p.Path == "$.activities[2].sla");
        Assert.Contains("未发布", result.MessageZh, StringComparison.Ordinal);
        Assert.False(notJson.Succeeded);
        Assert.StartsWith("JSON 格式错误", Assert.Single(notJson.Problems).MessageZh, StringComparison.Ordinal);
        Assert.False(noNote.Succeeded);
        Assert.Contains("修改说明", noNote.MessageZh, StringComparison.Ordinal);
        Assert.Equal(opened.Version, (await admin.OpenAsync(Elderly, CancellationToken.None))!.Version);
    }

    [Theory]
    [InlineData("dongqu.grid1")]
    [InlineData("dongqu.staff")]
    [InlineData("dongqu.admin")]
    public async Task Only_the_street_admin_publishes_a_workflow_every_community_shares(string userName)
    {
        _ = _factory.Server;
        var operations = await StudioCircuit.WorkflowsForAsync(_factory, userName);
        var opened = (await operations.OpenAsync(Elderly, CancellationToken.None))!;

        var result = await operations.PublishAsync(Elderly, opened.Json, "越权发布", CancellationToken.None);

        Assert.False(opened.MayPublish);
        Assert.False(result.Succeeded);
        Assert.Equal("流程由全街道各社区共用，只有街道管理员可以发布；社区管理员可以保存草稿", result.MessageZh);
        Assert.Equal("workflows are shared by every community, so only street admins may publish them; community admins may save drafts", result.MessageEn);
        Assert.Equal(opened.Version, (await operations.OpenAsync(Elderly, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_draft_is_kept_for_the_community_until_it_is_published()
    {
        _ = _factory.Server;
        var admin = await StudioCircuit.WorkflowsForAsync(_factory, "dongqu.admin");
        var grid = await StudioCircuit.WorkflowsForAsync(_factory, "dongqu.grid1");
        var published = (await admin.OpenAsync(Elderly, CancellationToken.None))!;
        var half = Edit(published.Json, step => step["sla"] = "两天");

        var saved = await admin.SaveDraftAsync(Elderly, half, CancellationToken.None);
        var refused = await grid.SaveDraftAsync(Elderly, half, CancellationToken.None);
        var reopened = (await admin.OpenAsync(Elderly, CancellationToken.None))!;

        Assert.True(saved.Succeeded, saved.MessageZh);
        Assert.False(refused.Succeeded);
        Assert.Equal(half, reopened.Json);
        Assert.Equal(("dongqu.admin", published.Version), (reopened.DraftSavedBy, reopened.Version));
        Assert.NotNull(reopened.DraftSavedAt);

        // The street admin sees the community's draft and publishes it.
        var street = await StudioCircuit.WorkflowsForAsync(_factory, "admin");
        Assert.Equal(half, (await street.OpenAsync(Elderly, CancellationToken.None))!.Json);
        var result = await street.PublishAsync(Elderly, Edit(half, step => step["sla"] = "P3D"), "草稿改好后发布", CancellationToken.None);
        Assert.True(result.Succeeded, result.MessageZh);
        var after = (await admin.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.Null(after.DraftSavedAt);
        Assert.Equal(result.Version, after.Version);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The workflow with its <c>gridCheck</c> step changed by <paramref name="change"/>.</summary>
    internal static string Edit(string json, Action<JsonObject> change)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        change(document["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "gridCheck")!.AsObject());
        return document.ToJsonString();
    }
}
