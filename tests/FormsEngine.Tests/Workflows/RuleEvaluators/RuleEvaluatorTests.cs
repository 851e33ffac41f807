using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules;
using FormsEngine.Rules.DecisionTables;
using FormsEngine.Tests.Forms;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.RuleEvaluators;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows.RuleEvaluators;

/// <summary>The evaluateRules activity running a real rule set and a real decision table through the seam.</summary>
public sealed class RuleEvaluatorTests
{
    private const string Definition = """
        { "schemaVersion": 1, "id": "rule-check", "version": 1, "name": "规则检查",
          "activities": [
            { "id": "submitted", "type": "formSubmitted" },
            { "id": "check", "type": "evaluateRules", "ruleId": "RULE" },
            { "id": "yes", "type": "end", "status": "passed" },
            { "id": "no", "type": "end", "status": "failed" }
          ],
          "connections": [
            { "from": "submitted", "outcome": "done", "to": "check" },
            { "from": "check", "outcome": "true", "to": "yes" },
            { "from": "check", "outcome": "false", "to": "no" }
          ] }
        """;

    private static async Task<WorkflowInstanceView> RunAsync(IRuleEvaluator evaluator, string ruleId, JsonObject input)
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime(rules: new Dictionary<string, IRuleEvaluator> { [ruleId] = evaluator });
        await WorkflowTestFixture.PublishAsync(runtime, JsonNode.Parse(Definition.Replace("RULE", ruleId, StringComparison.Ordinal))!.AsObject());
        return await runtime.StartAsync("rule-check", input, "居民", CancellationToken.None);
    }

    private static RuleSetEvaluator ElderlyAllowance()
    {
        var sample = JsonSerializer.SerializeToElement(new JsonObject { ["年龄"] = 80, ["户籍"] = "本市", ["居住年限"] = 10, ["已领取其他养老补贴"] = false });
        var compiled = RuleSet.Compile(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "rules", "elderly-allowance.json")),
            new RuleSetOptions { Inputs = ExpressionSchema.FromJsonSamples(("input1", sample)) });
        Assert.True(compiled.RuleSet is not null, string.Join(Environment.NewLine, compiled.Diagnostics));
        return new RuleSetEvaluator(compiled.RuleSet!, "高龄补贴", "高龄补贴资格");
    }

    [Fact]
    public async Task Eligible_resident_passes_with_the_success_event_and_amount()
    {
        var input = new JsonObject { ["年龄"] = 92, ["户籍"] = "本市", ["居住年限"] = 3, ["已领取其他养老补贴"] = false };
        var instance = await RunAsync(ElderlyAllowance(), "高龄补贴", input);
        Assert.Equal("passed", instance.EndStatus);
        var outputs = instance.Data["rules"]!["check"]!;
        Assert.Equal("发放高龄补贴", outputs["successEvent"]!.GetValue<string>());
        Assert.Equal(300, outputs["output"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Ineligible_resident_fails_with_the_plain_chinese_reason()
    {
        var input = new JsonObject { ["年龄"] = 72, ["户籍"] = "本市", ["居住年限"] = 3, ["已领取其他养老补贴"] = false };
        var instance = await RunAsync(ElderlyAllowance(), "高龄补贴", input);
        Assert.Equal("failed", instance.EndStatus);
        Assert.Contains("年龄需满 80 周岁（您的年龄：72 岁）", instance.Data["rules"]!["check"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_table_routes_the_case_and_keeps_its_outputs()
    {
        var schema = ExpressionSchema.FromJsonSamples(("input1", JsonSerializer.SerializeToElement(new JsonObject { ["小区"] = "幸福里", ["楼栋"] = 3, ["事件类型"] = "邻里纠纷" })));
        var table = DecisionTable.Compile(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "tables", "grid-routing.json")), schema);
        Assert.True(table.Table is not null, string.Join(Environment.NewLine, table.Diagnostics));

        var instance = await RunAsync(new DecisionTableEvaluator(table.Table!), "grid-routing", new JsonObject { ["小区"] = "幸福里", ["楼栋"] = 12, ["事件类型"] = "设施报修" });
        Assert.Equal("passed", instance.EndStatus);
        var kept = instance.Data["rules"]!["check"]!;
        Assert.Equal("李强", kept["网格员"]!.GetValue<string>());
        Assert.Equal(24, kept["时限小时"]!.GetValue<decimal>());
        Assert.Equal("grid-routing", kept["table"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decision_table_chooses_who_gets_the_task()
    {
        const string routed = """
            { "schemaVersion": 1, "id": "case-routing", "version": 1, "name": "事件分派",
              "input": { "小区": "text", "楼栋": "number", "事件类型": "text" },
              "activities": [
                { "id": "submitted", "type": "formSubmitted" },
                { "id": "route", "type": "evaluateRules", "ruleId": "grid-routing", "outputs": { "网格员": "text", "时限小时": "number" } },
                { "id": "handle", "type": "assignTask", "title": "{{input.小区}}{{input.楼栋}}号楼：{{input.事件类型}}",
                  "assignee": { "kind": "person", "expression": "rules.route.网格员" }, "outcomes": ["done"] },
                { "id": "unrouted", "type": "end", "status": "unrouted" },
                { "id": "closed", "type": "end", "status": "closed" }
              ],
              "connections": [
                { "from": "submitted", "outcome": "done", "to": "route" },
                { "from": "route", "outcome": "true", "to": "handle" },
                { "from": "route", "outcome": "false", "to": "unrouted" },
                { "from": "handle", "outcome": "done", "to": "closed" }
              ] }
            """;
        var schema = ExpressionSchema.FromJsonSamples(("input1", JsonSerializer.SerializeToElement(new JsonObject { ["小区"] = "幸福里", ["楼栋"] = 3, ["事件类型"] = "邻里纠纷" })));
        var table = DecisionTable.Compile(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "tables", "grid-routing.json")), schema).Table!;

        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime(rules: new Dictionary<string, IRuleEvaluator> { ["grid-routing"] = new DecisionTableEvaluator(table) });
        await WorkflowTestFixture.PublishAsync(runtime, JsonNode.Parse(routed)!.AsObject());
        var instance = await runtime.StartAsync("case-routing", new JsonObject { ["小区"] = "幸福里", ["楼栋"] = 12, ["事件类型"] = "设施报修" }, "居民", CancellationToken.None);

        var task = Assert.Single(instance.OpenTasks);
        Assert.Equal("李强", task.AssigneeId);
        Assert.Equal("幸福里12号楼：设施报修", task.Title);
    }

    [Fact]
    public void Declared_outputs_must_have_known_types()
    {
        var result = WorkflowDefinition.Load(Definition.Replace("\"ruleId\": \"RULE\"", "\"ruleId\": \"r\", \"outputs\": { \"x\": \"money\" }", StringComparison.Ordinal));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("$.activities[1].outputs.x", error.Path);
    }
}
