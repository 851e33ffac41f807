using System.Text.Json.Nodes;
using FormsEngine.Host.Studio.Library;
using FormsEngine.Host.Tests.Resident;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio.Library;

/// <summary>
/// The studio's form library through its seam, as a circuit of each demo account would call it: drafts, publish checks,
/// publishing a new version with a change note and its own eligibility rules, what residents then get, history, diff
/// and rollback, and what other communities and roles may not do.
/// </summary>
public sealed class FormStudioOperationsTests : IDisposable
{
    private const string Elderly = "elderly-allowance";
    private readonly HostFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Publishing_an_edited_form_with_new_rules_goes_live_for_that_community_only()
    {
        var forms = await FormsForAsync("dongqu.staff");
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.Equal(1, opened.LiveVersion);
        Assert.Equal(Elderly, opened.RuleSetId);
        Assert.True(opened.MayPublish);

        var (formJson, rulesJson) = (WithProxyField(opened.FormJson), WithStartAge(opened.RuleSetJson!, 75));
        var outcome = await forms.PublishAsync(Elderly, formJson, rulesJson, "起始年龄改为 75 周岁；增加代办人", CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.MessageEn + string.Join("; ", outcome.Problems.Select(p => p.MessageEn)));
        Assert.Equal(2, outcome.Version);
        Assert.Equal("/f/xinhua-dongqu/elderly-allowance", outcome.ResidentPath);

        // A 76-year-old qualifies in 东区 now, and the page shows the new question.
        using (var resident = new ResidentBrowserless(_factory))
        {
            await resident.OpenAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1");
            Assert.Contains("代办人姓名", resident.Html, StringComparison.Ordinal);
            using var response = await resident.PostAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1", ResidentEndpointsTests.ElderlyFields("110105195003070019"));
            Assert.Contains("初步审核：符合条件", await resident.FollowAsync(response), StringComparison.Ordinal);
        }

        // 西区 still has version 1 with the rule pack's rules: the same resident is refused there.
        using (var resident = new ResidentBrowserless(_factory))
        {
            await resident.OpenAsync("/f/xinhua-xiqu/elderly-allowance?b=xiqu-b1");
            Assert.DoesNotContain("代办人姓名", resident.Html, StringComparison.Ordinal);
            using var response = await resident.PostAsync("/f/xinhua-xiqu/elderly-allowance?b=xiqu-b1", ResidentEndpointsTests.ElderlyFields("110105195003070027"));
            Assert.Contains("年龄需满 80 周岁", await resident.FollowAsync(response), StringComparison.Ordinal);
        }

        var west = await FormsForAsync("xiqu.staff");
        Assert.Equal([1], (await west.HistoryAsync(Elderly, CancellationToken.None)).Select(v => v.Version));
        var history = await forms.HistoryAsync(Elderly, CancellationToken.None);
        Assert.Equal([2, 1], history.Select(v => v.Version));
        Assert.True(history[0].Live && history[0].HasRuleSet);
        Assert.Equal("起始年龄改为 75 周岁；增加代办人", history[0].ChangeNote);
    }

    [Fact]
    public async Task Drafts_are_kept_per_community_and_cleared_by_publishing()
    {
        var forms = await FormsForAsync("dongqu.staff");
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        var draft = WithProxyField(opened.FormJson);

        Assert.True((await forms.SaveDraftAsync(Elderly, draft, opened.RuleSetJson, CancellationToken.None)).Succeeded);

        var reopened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.True(reopened.FromDraft);
        Assert.NotNull(FormsEngine.Forms.FormDefinition.Load(reopened.FormJson).Form!.FindField("代办人姓名"));
        Assert.False((await (await FormsForAsync("xiqu.staff")).OpenAsync(Elderly, CancellationToken.None))!.FromDraft);
        Assert.Contains(await forms.ListFormsAsync(CancellationToken.None), f => f.Id == Elderly && f.HasDraft && f.LiveVersion == 1);

        Assert.True((await forms.PublishAsync(Elderly, draft, opened.RuleSetJson, "增加代办人", CancellationToken.None)).Succeeded);
        Assert.False((await forms.OpenAsync(Elderly, CancellationToken.None))!.FromDraft);
    }

    [Fact]
    public async Task A_new_form_goes_from_draft_to_a_live_resident_page()
    {
        var forms = await FormsForAsync("dongqu.admin");
        var json = """{"schemaVersion":1,"id":"flu-vaccine","version":1,"title":{"zh-CN":"流感疫苗预约"},"fields":[{"type":"text","key":"姓名","label":{"zh-CN":"姓名"},"required":true}]}""";
        Assert.True((await forms.SaveDraftAsync("flu-vaccine", json, null, CancellationToken.None)).Succeeded);
        Assert.Contains(await forms.ListFormsAsync(CancellationToken.None), f => f.Id == "flu-vaccine" && f.HasDraft && f.LiveVersion is null);

        var outcome = await forms.PublishAsync("flu-vaccine", json, null, "首次发布", CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.MessageEn);
        Assert.Equal(1, outcome.Version);
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync("/f/xinhua-dongqu/flu-vaccine");
        Assert.Contains("流感疫苗预约", resident.Html, StringComparison.Ordinal);

        // The id is 东区's now: 西区 cannot publish over it, and does not see it.
        var west = await FormsForAsync("xiqu.admin");
        Assert.Null(await west.OpenAsync("flu-vaccine", CancellationToken.None));
        var refused = await west.PublishAsync("flu-vaccine", json, null, "抢占", CancellationToken.None);
        Assert.False(refused.Succeeded);
        Assert.Contains("已被其他社区使用", refused.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_checks_list_every_problem_with_where_it_is_and_store_nothing()
    {
        var forms = await FormsForAsync("dongqu.staff");
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        var broken = JsonNode.Parse(opened.FormJson)!.AsObject();
        broken["fields"]!.AsArray().Add(new JsonObject { ["type"] = "number", ["key"] = "补贴", ["label"] = new JsonObject { ["zh-CN"] = "补贴" }, ["calculate"] = "年纪 * 2" });
        var rules = opened.RuleSetJson!.Replace("input1.年龄 >= 起始年龄", "input1.年令 >= 起始年龄", StringComparison.Ordinal);

        var outcome = await forms.PublishAsync(Elderly, broken.ToJsonString(), rules, "坏的修改", CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.IsError && p.Where.StartsWith("表单 form $.fields[", StringComparison.Ordinal) && p.MessageZh.Contains("年纪", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.IsError && p.Where.StartsWith("资格规则 rules", StringComparison.Ordinal) && p.MessageZh.Contains("年令", StringComparison.Ordinal));
        Assert.Equal([1], (await forms.HistoryAsync(Elderly, CancellationToken.None)).Select(v => v.Version));

        Assert.False((await forms.PublishAsync(Elderly, opened.FormJson, opened.RuleSetJson, "  ", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Grid_workers_and_street_admins_may_look_but_not_save_or_publish()
    {
        foreach (var user in new[] { "dongqu.grid1", "admin" })
        {
            var forms = await FormsForAsync(user);
            Assert.Contains(await forms.ListFormsAsync(CancellationToken.None), f => f.Id == Elderly && f.LiveVersion == 1);
            var opened = await forms.OpenAsync(Elderly, CancellationToken.None);
            Assert.False(opened?.MayPublish ?? false);
            Assert.False((await forms.SaveDraftAsync(Elderly, "{}", null, CancellationToken.None)).Succeeded);
            var json = opened?.FormJson ?? "{}";
            Assert.False((await forms.PublishAsync(Elderly, json, opened?.RuleSetJson, "越权", CancellationToken.None)).Succeeded);
        }
    }

    [Fact]
    public async Task Diff_names_the_changed_fields_and_rollback_publishes_the_old_content_as_a_new_version()
    {
        var forms = await FormsForAsync("dongqu.staff");
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.True((await forms.PublishAsync(Elderly, WithProxyField(opened.FormJson), WithStartAge(opened.RuleSetJson!, 75), "v2", CancellationToken.None)).Succeeded);

        var diff = (await forms.DiffAsync(Elderly, 1, 2, CancellationToken.None))!;
        Assert.Contains(diff, c => c.Kind == "added" && c.Key == "代办" && c.Label == "是否代办");
        Assert.Contains(diff, c => c.Kind == "added" && c.Key == "代办人姓名");
        Assert.Contains(diff, c => c.Kind == "changed" && c.Key == "eligibility");
        Assert.Null(await forms.DiffAsync(Elderly, 1, 9, CancellationToken.None));

        var rollback = await forms.RollbackAsync(Elderly, 1, CancellationToken.None);

        Assert.True(rollback.Succeeded, rollback.MessageEn);
        Assert.Equal(3, rollback.Version);
        Assert.Empty(await forms.DiffAsync(Elderly, 1, 3, CancellationToken.None) ?? [new("x", "x", "x", [])]);
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1");
        Assert.DoesNotContain("代办人姓名", resident.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_if_compares_with_the_rules_the_community_runs_now_not_the_rule_pack_file()
    {
        var forms = await FormsForAsync("dongqu.staff");
        var opened = (await forms.OpenAsync(Elderly, CancellationToken.None))!;
        var (formJson, lowered) = (WithProxyField(opened.FormJson), WithStartAge(opened.RuleSetJson!, 75));
        Assert.True((await forms.PublishAsync(Elderly, formJson, lowered, "起始年龄改为 75 周岁", CancellationToken.None)).Succeeded);
        using (var resident = new ResidentBrowserless(_factory))
        {
            await resident.OpenAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1");
            using var response = await resident.PostAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1", ResidentEndpointsTests.ElderlyFields("110105195003070019"));
            Assert.Contains("初步审核：符合条件", await resident.FollowAsync(response), StringComparison.Ordinal);
        }

        var services = _factory.Services;
        var rules = new FormsEngine.Host.Studio.Rules.RuleStudioOperations(await StudioTestCalls.ForAsync(_factory, "dongqu.staff"),
            services.GetRequiredService<FormsEngine.Host.Rules.RuleCatalog>(), services.GetRequiredService<FormsEngine.Host.Forms.FormCatalog>());

        var same = await rules.WhatIfAsync(Elderly, formJson, lowered, CancellationToken.None);
        var back = await rules.WhatIfAsync(Elderly, formJson, WithStartAge(lowered.Replace("\"Expression\": \"75\"", "\"Expression\": \"80\"", StringComparison.Ordinal), 80), CancellationToken.None);

        Assert.True(same.Ran && back.Ran);
        Assert.Empty(same.Changes);
        var change = Assert.Single(back.Changes);
        Assert.True(change.EligibleBefore);
        Assert.False(change.EligibleAfter);
    }

    private async Task<FormStudioOperations> FormsForAsync(string user) => new(await StudioTestCalls.ForAsync(_factory, user));

    /// <summary>Adds 是否代办 (yes/no) and 代办人姓名, shown only when 代办 is yes.</summary>
    internal static string WithProxyField(string formJson)
    {
        var form = JsonNode.Parse(formJson)!.AsObject();
        var fields = form["fields"]!.AsArray();
        fields.Add(new JsonObject { ["type"] = "yesNo", ["key"] = "代办", ["label"] = new JsonObject { ["zh-CN"] = "是否代办" } });
        fields.Add(new JsonObject { ["type"] = "text", ["key"] = "代办人姓名", ["label"] = new JsonObject { ["zh-CN"] = "代办人姓名" }, ["visibleIf"] = "代办 == true" });
        return form.ToJsonString();
    }

    internal static string WithStartAge(string ruleSetJson, int age) =>
        ruleSetJson.Replace("\"Expression\": \"80\"", $"\"Expression\": \"{age}\"", StringComparison.Ordinal);
}
