using System.Text.Json.Nodes;
using FormsEngine.Tests.Forms;
using FormsEngine.Tests.Forms.Schema;

namespace FormsEngine.Tests.Workflows.Definitions;

public sealed class WorkflowSchemaTests
{
    private static MiniSchemaValidator Validator() => new(JsonNode.Parse(File.ReadAllText(
        Path.Combine(RepoPaths.Root, "rulepacks", "schema", "workflow.schema.json")))!.AsObject());

    [Theory]
    [InlineData("elderly-allowance-approval")]
    [InlineData("returnee-health-followup")]
    public void Sample_workflows_conform_to_the_published_schema(string name) =>
        Assert.Empty(Validator().Validate(WorkflowTestFixture.Sample(name)));

    [Fact]
    public void A_task_with_an_unknown_outcome_and_no_assignee_fails_the_schema_as_it_fails_the_loader()
    {
        var json = WorkflowTestFixture.Sample("elderly-allowance-approval");
        var task = json["activities"]![2]!.AsObject();
        task.Remove("assignee");
        task["outcomes"] = new JsonArray("approve", "escalate");

        var errors = Validator().Validate(json);

        Assert.Contains(errors, e => e.Contains("assignee", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("outcomes[1]", StringComparison.Ordinal));
        Assert.False(FormsEngine.Workflows.Definitions.WorkflowDefinition.Load(json.ToJsonString()).Succeeded);
    }
}
