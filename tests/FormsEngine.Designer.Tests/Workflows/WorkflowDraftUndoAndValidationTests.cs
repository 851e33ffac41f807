using System.Text.Json.Nodes;
using FormsEngine.Designer.WorkflowEditing;

namespace FormsEngine.Designer.Tests.Workflows;

public class WorkflowDraftUndoAndValidationTests
{
    [Fact]
    public void UndoRedo_WalkBackAndForth_AndTrackDirtiness()
    {
        var draft = Workflows.Elderly();
        var original = draft.ToJson();
        var changes = 0;
        draft.Changed += (_, _) => changes++;

        var id = draft.AddStep(StepTypes.Wait);
        draft.RemoveStep("notifyRejected");
        Assert.True(draft.IsDirty);

        Assert.True(draft.Undo());
        Assert.NotNull(draft.Find("notifyRejected"));
        Assert.NotNull(draft.Find(id));
        Assert.True(draft.Undo());
        Assert.Equal(original, draft.ToJson());
        Assert.False(draft.IsDirty);
        Assert.False(draft.Undo());

        Assert.True(draft.Redo());
        Assert.True(draft.Redo());
        Assert.Null(draft.Find("notifyRejected"));
        Assert.False(draft.Redo());
        Assert.Equal(6, changes);
    }

    [Fact]
    public void TypingInOneStep_IsOneUndoStep_AndANewEditClearsRedo()
    {
        var draft = Workflows.Elderly();
        foreach (var sla in new[] { "P1D", "P4D", "P5D" })
        {
            var step = StepJson.Parse(draft.Find("gridCheck")!.Json);
            step["sla"] = sla;
            draft.ReplaceStep("gridCheck", StepJson.Write(step));
        }

        Assert.Equal("P5D", StepJson.Parse(draft.Find("gridCheck")!.Json)["sla"]!.GetValue<string>());
        draft.Undo();
        Assert.Equal("P2D", StepJson.Parse(draft.Find("gridCheck")!.Json)["sla"]!.GetValue<string>());
        Assert.False(draft.CanUndo);

        draft.SetName("新名称");
        Assert.False(draft.CanRedo);
    }

    [Fact]
    public void UndoHistory_IsBounded()
    {
        var draft = Workflows.Load(Workflows.Json("elderly-allowance-approval"), undoCapacity: 3);
        for (var i = 0; i < 5; i++)
        {
            draft.AddStep(StepTypes.End);
        }

        var undone = 0;
        while (draft.Undo())
        {
            undone++;
        }

        Assert.Equal(3, undone);
        Assert.Equal(2, draft.Steps.Count(s => s.Id.StartsWith("end", StringComparison.Ordinal) && s.Id.Length == 4));
    }

    [Fact]
    public void Validate_MapsDiagnosticsToStepsWithPaths()
    {
        var draft = Workflows.Elderly();
        var step = StepJson.Parse(draft.Find("gridCheck")!.Json);
        step["sla"] = "两天";
        step["title"] = "{{#if input.姓名}}";
        draft.ReplaceStep("gridCheck", StepJson.Write(step));
        var notify = StepJson.Parse(draft.Find("notifyApproved")!.Json);
        notify["to"] = "input.手机";
        draft.ReplaceStep("notifyApproved", StepJson.Write(notify));
        draft.Connect("approved", "approve", "notifyApproved");

        var diagnostics = draft.Validate();

        var index = draft.Find("gridCheck")!.Index;
        Assert.Contains(diagnostics, d => d.IsError && d.StepId == "gridCheck" && d.Diagnostic.Path == $"$.activities[{index}].sla");
        Assert.Contains(diagnostics, d => d.IsError && d.StepId == "gridCheck" && d.Diagnostic.Path == $"$.activities[{index}].title");
        Assert.Contains(diagnostics, d => d.IsError && d.StepId == "notifyApproved" && d.Diagnostic.Path!.StartsWith($"$.activities[{draft.Find("notifyApproved")!.Index}].to", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.IsError && d.StepId == "approved" && d.Diagnostic.Code == "workflow.connection.unknownOutcome");
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Diagnostic.MessageZh)));
        Assert.False(draft.CanPublish);
    }

    [Fact]
    public void Validate_AWorkflowWithoutTrigger_IsAWorkflowLevelProblem()
    {
        var draft = Workflows.Elderly();

        draft.RemoveStep("submitted");

        var problem = Assert.Single(draft.Validate(), d => d.Diagnostic.Code == "workflow.trigger.missing");
        Assert.Null(problem.StepId);
        Assert.True(JsonNode.Parse(draft.ToJson())!["activities"]!.AsArray().Count > 0);
    }
}
