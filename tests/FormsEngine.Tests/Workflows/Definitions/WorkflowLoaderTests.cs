using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Tests.Workflows.Definitions;

public sealed class WorkflowLoaderTests
{
    [Theory]
    [InlineData("elderly-allowance-approval")]
    [InlineData("returnee-health-followup")]
    public void Sample_workflows_load_without_diagnostics(string name)
    {
        var result = WorkflowDefinition.Load(WorkflowTestFixture.Sample(name).ToJsonString());

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Definition!.ValidateForPublishing());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        const string json = """
        {
          "schemaVersion": 1, "id": "broken", "version": 1,
          "input": { "年龄": "number" },
          "activities": [
            { "id": "check", "type": "evaluateRules", "expression": "input.年龄 >= " },
            { "id": "review", "type": "assignTask", "title": "{{#if input.年龄}}未闭合", "assignee": { "kind": "role", "value": "社区" }, "outcomes": ["approve"], "sla": "two days" },
            { "id": "lonely", "type": "end", "status": "x" },
            { "id": "done", "type": "end", "status": "ok" }
          ],
          "connections": [
            { "from": "check", "outcome": "true", "to": "review" },
            { "from": "review", "outcome": "maybe", "to": "done" },
            { "from": "review", "outcome": "approve", "to": "nowhere" }
          ]
        }
        """;

        var result = WorkflowDefinition.Load(json);

        Assert.False(result.Succeeded);
        var byCode = result.Diagnostics.ToLookup(d => d.Code);
        Assert.Contains(byCode["workflow.trigger.missing"], d => d.Path == "$.activities");
        Assert.Contains(byCode["workflow.connection.unknownOutcome"], d => d.Path == "$.connections[1].outcome" && d.MessageZh.Contains("maybe", StringComparison.Ordinal));
        Assert.Contains(byCode["workflow.connection.dangling"], d => d.Path == "$.connections[2].to" && d.MessageEn.Contains("nowhere", StringComparison.Ordinal));
        Assert.True(byCode["workflow.template.invalid"].Any(), string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Contains(byCode["workflow.template.invalid"], d => d.Path == "$.activities[1].title");
        Assert.Contains(byCode["workflow.duration.invalid"], d => d.Path == "$.activities[1].sla");
        var expression = Assert.Single(result.Diagnostics, d => d.Path == "$.activities[0].expression");
        Assert.Equal(1, expression.Line);
        Assert.True(expression.Column > 1);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.MessageZh) || string.IsNullOrEmpty(d.MessageEn)));
    }

    [Fact]
    public void Unreachable_activities_and_unknown_fields_are_reported()
    {
        var json = WorkflowTestFixture.Sample("elderly-allowance-approval");
        json["activities"]!.AsArray().Add(new JsonObject { ["id"] = "orphan", ["type"] = "end", ["status"] = "x" });
        json["activities"]![1]!["expression"] = "input.岁数 >= 80";

        var result = WorkflowDefinition.Load(json.ToJsonString());

        Assert.Contains(result.Diagnostics, d => d.Code == "workflow.activity.unreachable" && d.Path == "$.activities[11]");
        var unknown = Assert.Single(result.Diagnostics, d => d.Path == "$.activities[1].expression");
        Assert.Equal((1, 7), (unknown.Line, unknown.Column));
    }

    [Fact]
    public void Set_values_targets_must_exist_and_assignees_must_be_known_kinds()
    {
        var json = WorkflowTestFixture.Sample("elderly-allowance-approval");
        json["activities"]![5]!["values"]!["input.不存在"] = "1";
        json["activities"]![2]!["assignee"]!["kind"] = "neighbour";

        var diagnostics = WorkflowDefinition.Load(json.ToJsonString()).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == "workflow.setValues.target" && d.Path == "$.activities[5].values['input.不存在']");
        Assert.Contains(diagnostics, d => d.Code == "workflow.assignTask.kind" && d.Path == "$.activities[2].assignee.kind");
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        var result = WorkflowDefinition.Load("{\n  \"id\": ,\n}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("workflow.json", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void Unknown_activity_round_trips_and_blocks_publication()
    {
        var json = WorkflowTestFixture.Sample("elderly-allowance-approval");
        var custom = new JsonObject
        {
            ["id"] = "stamp",
            ["type"] = "electronicSeal",
            ["seal"] = new JsonObject { ["office"] = "新华街道", ["colour"] = "red" },
            ["order"] = new JsonArray(3, 1, 2),
        };
        json["activities"]!.AsArray().Add(custom);
        json["connections"]!.AsArray().Add(new JsonObject { ["from"] = "approved", ["outcome"] = "done", ["to"] = "stamp" });
        json["connections"]![10]!["from"] = "stamp";
        json["connections"]![10]!["outcome"] = "sealed";

        var result = WorkflowDefinition.Load(json.ToJsonString());

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "workflow.activity.unknownType" && !d.IsError);
        var saved = JsonNode.Parse(result.Definition!.ToJson());
        Assert.True(JsonNode.DeepEquals(json, saved));
        var refusal = Assert.Single(result.Definition.ValidateForPublishing());
        Assert.True(refusal.IsError);
        Assert.Equal("$.activities[11].type", refusal.Path);
        Assert.Contains("electronicSeal", refusal.MessageZh, StringComparison.Ordinal);
        Assert.Contains("cannot be published", refusal.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_connections_from_one_outcome_need_a_fork_and_a_join_needs_two_inputs()
    {
        var json = WorkflowTestFixture.Sample("returnee-health-followup");
        json["activities"]![2]!["type"] = "setValues";
        json["activities"]![2]!["values"] = new JsonObject { ["status"] = "\"x\"" };
        json["connections"]![6]!["to"] = "closed";

        var codes = WorkflowDefinition.Load(json.ToJsonString()).Diagnostics.Select(d => d.Code).ToList();

        Assert.Contains("workflow.connection.fanOut", codes);
        Assert.Contains("workflow.join.incoming", codes);
    }
}
