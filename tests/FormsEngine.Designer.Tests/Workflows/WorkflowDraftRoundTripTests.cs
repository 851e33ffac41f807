using System.Text.Json.Nodes;
using FormsEngine.Designer.WorkflowEditing;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Designer.Tests.Workflows;

public class WorkflowDraftRoundTripTests
{
    public static TheoryData<string> SampleWorkflows() =>
        new(Directory.GetFiles(Workflows.Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SampleWorkflows))]
    public void Sample_LoadAndSave_IsTheSameDocumentAndTheSameDefinition(string name)
    {
        var original = Workflows.Json(name);

        var saved = Workflows.Load(original).ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(saved)));
        var expected = WorkflowDefinition.Load(original).Definition!;
        var again = WorkflowDefinition.Load(saved).Definition!;
        Assert.Equal(expected.ToJson(), again.ToJson());
    }

    [Theory]
    [MemberData(nameof(SampleWorkflows))]
    public void Sample_ValidatesWithoutProblems(string name)
    {
        var diagnostics = Workflows.Sample(name).Validate();

        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(SampleWorkflows))]
    public void Sample_EditThenUndo_SavesTheOriginalAgain(string name)
    {
        var original = Workflows.Json(name);
        var draft = Workflows.Load(original);

        draft.SetName("临时名称");
        draft.AddStep(StepTypes.Notify);
        draft.MoveStep(draft.Steps[1].Id, 1);
        while (draft.Undo())
        {
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(draft.ToJson())));
        Assert.False(draft.IsDirty);
    }

    [Fact]
    public void UnknownTypeAndProperties_SurviveEditsAndSave_AndBlockPublishing()
    {
        var json = Workflows.Json("elderly-allowance-approval").Replace(
            "{ \"id\": \"endApproved\", \"type\": \"end\", \"status\": \"approved\" }",
            "{ \"id\": \"endApproved\", \"type\": \"end\", \"status\": \"approved\", \"x-color\": \"green\" },\n    { \"id\": \"archive\", \"type\": \"archiveToCloud\", \"bucket\": { \"name\": \"b1\" } }",
            StringComparison.Ordinal);
        json = json.Replace(
            "{ \"from\": \"notifyApproved\", \"outcome\": \"done\", \"to\": \"endApproved\" }",
            "{ \"from\": \"notifyApproved\", \"outcome\": \"done\", \"to\": \"archive\" }, { \"from\": \"archive\", \"outcome\": \"stored\", \"to\": \"endApproved\" }",
            StringComparison.Ordinal);
        json = json.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"x-owner\": { \"team\": \"东区\" },", StringComparison.Ordinal);
        var draft = Workflows.Load(json);

        var unknown = draft.Find("archive")!;
        Assert.False(unknown.IsKnown);
        Assert.False(draft.ReplaceStep("archive", "{\"id\":\"archive\",\"type\":\"archiveToCloud\"}"));
        var gridCheck = StepJson.Parse(draft.Find("gridCheck")!.Json);
        gridCheck["sla"] = "P1D";
        Assert.True(draft.ReplaceStep("gridCheck", StepJson.Write(gridCheck)));

        var saved = (JsonObject)JsonNode.Parse(draft.ToJson())!;
        Assert.Equal(1, saved["schemaVersion"]!.GetValue<int>());
        Assert.Equal("东区", saved["x-owner"]!["team"]!.GetValue<string>());
        var activities = saved["activities"]!.AsArray();
        Assert.Contains(activities, a => a!["id"]!.GetValue<string>() == "archive" && a["bucket"]!["name"]!.GetValue<string>() == "b1");
        Assert.Contains(activities, a => a!["id"]!.GetValue<string>() == "endApproved" && a["x-color"]!.GetValue<string>() == "green");
        var problem = Assert.Single(draft.Validate());
        Assert.True(problem.IsError);
        Assert.Equal(("archive", "workflow.activity.unknownType"), (problem.StepId, problem.Diagnostic.Code));
    }

    [Theory]
    [InlineData("{\"id\": ", "JSON")]
    [InlineData("[1, 2]", "JSON 对象")]
    public void BadText_GivesABilingualMessageWithoutThrowing(string json, string expectedZh)
    {
        var draft = WorkflowDraft.TryLoad(json, out var zh, out var en);

        Assert.Null(draft);
        Assert.Contains(expectedZh, zh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(en));
    }
}
