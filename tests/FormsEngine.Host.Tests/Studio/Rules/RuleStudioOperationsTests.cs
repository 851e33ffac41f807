using FormsEngine.Designer.Operations;
using FormsEngine.Designer.RuleEditing;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Studio.Rules;
using FormsEngine.Host.Tests.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio.Rules;

/// <summary>
/// The rule editors' seam acts as the circuit's user: <c>dongqu.staff</c> tests and compares on 东区's stored
/// submissions only (decrypted on the host, traced values masked), and 西区's are "not found".
/// </summary>
public sealed class RuleStudioOperationsTests(TenantWorld world) : IClassFixture<TenantWorld>
{
    [Fact]
    public async Task Rule_sets_come_with_the_forms_that_use_them()
    {
        var operations = await OperationsForAsync("dongqu.staff");

        var ruleSets = await operations.ListRuleSetsAsync(CancellationToken.None);
        var tables = await operations.ListDecisionTablesAsync(CancellationToken.None);

        var elderly = Assert.Single(ruleSets, r => r.Id == "elderly-allowance");
        var form = Assert.Single(elderly.Forms);
        Assert.Equal(("elderly-allowance", "高龄补贴"), (form.FormId, form.Workflow));
        Assert.Contains("高龄补贴资格", elderly.Json, StringComparison.Ordinal);
        Assert.Equal(["grid-routing", "supply-allocation"], tables.Select(t => t.Id));
    }

    [Fact]
    public async Task Sample_submissions_are_the_users_tenants_only()
    {
        var operations = await OperationsForAsync("dongqu.staff");

        var samples = await operations.ListSampleSubmissionsAsync("elderly-allowance", 50, CancellationToken.None);

        Assert.Equal(new[] { world.Submissions["east-g1"], world.Submissions["east-g2"] }.Order(), samples.Select(s => s.Id).Order());
        Assert.All(samples, s => Assert.Matches("^[A-Z0-9-]{6,}$", s.Reference));
    }

    [Fact]
    public async Task A_stored_submission_is_evaluated_in_clear_and_traced_masked()
    {
        var operations = await OperationsForAsync("dongqu.staff");
        var form = await ElderlyFormAsync(operations);
        var draft = RuleSetDraft.Load(RuleFiles()).Draft!;
        var added = draft.AddRule("$", "有身份证号")!;
        draft.SetText(added, "Expression", "input1.身份证号 != \"\"");

        var result = await operations.TestAsync(new RuleTestRequest(form.FormJson, draft.ToJson(), null, world.Submissions["east-g1"], null), CancellationToken.None);

        Assert.True(result.Ran, string.Join("; ", result.Problems.Select(p => p.En)));
        Assert.True(result.Eligible);
        Assert.Contains("您符合高龄补贴条件（86 周岁）", result.Explanation, StringComparison.Ordinal);
        var idRule = Assert.Single(result.Results, r => r.Name == "有身份证号");
        var traced = Assert.Single(idRule.Fields);
        Assert.Equal(("input1.身份证号", "110***********0014"), (traced.Field, traced.Value));
        Assert.DoesNotContain("110105194003070014", System.Text.Json.JsonSerializer.Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_communitys_submission_is_not_found()
    {
        var operations = await OperationsForAsync("dongqu.staff");
        var form = await ElderlyFormAsync(operations);

        foreach (var label in new[] { "west", "other" })
        {
            var result = await operations.TestAsync(new RuleTestRequest(form.FormJson, RuleFiles(), null, world.Submissions[label], null), CancellationToken.None);

            Assert.False(result.Ran);
            Assert.Contains(world.Submissions[label], Assert.Single(result.Problems).En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Typed_answers_are_tested_without_any_stored_data()
    {
        var operations = await OperationsForAsync("dongqu.staff");
        var form = await ElderlyFormAsync(operations);

        var result = await operations.TestAsync(new RuleTestRequest(form.FormJson, RuleFiles(), """{"年龄": 72, "户籍": "本市", "已领取其他养老补贴": false}""", null, null), CancellationToken.None);
        var bad = await operations.TestAsync(new RuleTestRequest(form.FormJson, RuleFiles(), "{\"年龄\": ", null, null), CancellationToken.None);

        Assert.False(result.Eligible);
        Assert.Contains("年龄需满 80 周岁（您的年龄：72 岁）", result.Explanation, StringComparison.Ordinal);
        Assert.False(bad.Ran);
        Assert.NotNull(Assert.Single(bad.Problems).Where);
    }

    [Fact]
    public async Task What_if_compares_with_the_published_rules_on_the_users_submissions_only()
    {
        var operations = await OperationsForAsync("dongqu.staff");
        var form = await ElderlyFormAsync(operations);
        var draft = RuleSetDraft.Load(RuleFiles()).Draft!;
        draft.SetText("$.Rules[0].Rules[0]", "Expression", "input1.年龄 >= 90");

        var result = await operations.WhatIfAsync("elderly-allowance", form.FormJson, draft.ToJson(), CancellationToken.None);

        Assert.True(result.Ran, string.Join("; ", result.Problems.Select(p => p.En)));
        Assert.Equal((2, 0, 1, 1), (result.Total, result.Gained, result.Lost, result.Unchanged));
        var change = Assert.Single(result.Changes);
        Assert.Equal(world.Submissions["east-g1"], change.SubmissionId);
        Assert.Matches("^[A-Z0-9-]{6,}$", change.Reference);
        Assert.Equal((true, false), (change.EligibleBefore, change.EligibleAfter));
    }

    [Fact]
    public async Task What_if_with_rules_that_do_not_compile_reports_instead_of_throwing()
    {
        var operations = await OperationsForAsync("dongqu.staff");
        var form = await ElderlyFormAsync(operations);

        var result = await operations.WhatIfAsync("elderly-allowance", form.FormJson, "{ \"WorkflowName\": \"高龄补贴\", \"Rules\": [ { \"RuleName\": \"x\", \"Expression\": \"input1.年纪 > 1\" } ] }", CancellationToken.None);

        Assert.False(result.Ran);
        Assert.Contains(result.Problems, p => p.Where == "$.Rules[0].Expression 1:8");
    }

    private static string RuleFiles() => File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "rules", "elderly-allowance.json"));

    private static async Task<RuleSetForm> ElderlyFormAsync(RuleStudioOperations operations) =>
        (await operations.ListRuleSetsAsync(CancellationToken.None)).Single(r => r.Id == "elderly-allowance").Forms.Single();

    private async Task<RuleStudioOperations> OperationsForAsync(string userName) =>
        new(await StudioTestCalls.ForAsync(world.Factory, userName),
            world.Factory.Services.GetRequiredService<RuleCatalog>(), world.Factory.Services.GetRequiredService<FormCatalog>());
}
