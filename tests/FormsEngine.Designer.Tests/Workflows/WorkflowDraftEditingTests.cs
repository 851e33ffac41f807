using System.Text.Json.Nodes;
using FormsEngine.Designer.WorkflowEditing;

namespace FormsEngine.Designer.Tests.Workflows;

public class WorkflowDraftEditingTests
{
    [Fact]
    public void AddStep_InsertsAfterTheChosenStep_WithAFreshId()
    {
        var draft = Workflows.Elderly();

        var id = draft.AddStep(StepTypes.AssignTask, "gridCheck");

        Assert.Equal("assignTask1", id);
        Assert.Equal(id, draft.Steps[draft.Find("gridCheck")!.Index + 1].Id);
        Assert.Equal(["approve", "reject"], draft.Find(id)!.Outcomes);
        Assert.Equal("assignTask2", draft.AddStep(StepTypes.AssignTask));
        Assert.Equal("assignTask2", draft.Steps[^1].Id);
    }

    [Fact]
    public void NewStep_IsUnreachableUntilConnected()
    {
        var draft = Workflows.Elderly();
        var id = draft.AddStep(StepTypes.Notify, "approved");

        Assert.Contains(draft.Validate(), d => d.StepId == id && d.Diagnostic.Code == "workflow.activity.unreachable");

        draft.Connect("approved", "done", id);
        draft.Connect(id, "done", "notifyApproved");

        Assert.Empty(draft.Validate());
        Assert.Equal(id, draft.ConnectionsFrom("approved").Single().To);
    }

    [Fact]
    public void MoveStep_ChangesTheListOrderOnly()
    {
        var draft = Workflows.Elderly();
        var before = draft.Steps.Select(s => s.Id).ToList();

        draft.MoveStep("communityReview", -1);
        draft.MoveStep("submitted", -1);
        draft.MoveStep("endRejected", 1);

        var after = draft.Steps.Select(s => s.Id).ToList();
        Assert.Equal(before.IndexOf("communityReview") - 1, after.IndexOf("communityReview"));
        Assert.Equal("gridCheck", after[after.IndexOf("communityReview") + 1]);
        Assert.Equal("submitted", after[0]);
        Assert.Equal("endRejected", after[^1]);
        Assert.Equal(1, draft.Revision);
        Assert.Empty(draft.Validate());
    }

    [Fact]
    public void RemoveStep_DropsItsConnections_AndTheEngineSeesWhatIsLeftDangling()
    {
        var draft = Workflows.Elderly();

        draft.RemoveStep("notifyApproved");

        Assert.Null(draft.Find("notifyApproved"));
        Assert.DoesNotContain(draft.Connections, c => c.From == "notifyApproved" || c.To == "notifyApproved");
        Assert.Contains(draft.Validate(), d => d.StepId == "endApproved" && d.Diagnostic.Code == "workflow.activity.unreachable");
    }

    [Fact]
    public void ReplaceStep_RenamingItsId_CarriesTheConnections()
    {
        var draft = Workflows.Elderly();
        var step = StepJson.Parse(draft.Find("gridCheck")!.Json);
        step["id"] = "gridVisit";

        draft.ReplaceStep("gridCheck", StepJson.Write(step));

        Assert.NotNull(draft.Find("gridVisit"));
        Assert.Contains(draft.Connections, c => c is { From: "eligible", Outcome: "true", To: "gridVisit" });
        Assert.Equal(3, draft.ConnectionsFrom("gridVisit").Count);
        Assert.Empty(draft.Validate());
    }

    [Fact]
    public void Connect_ToNothing_EndsThatBranch()
    {
        var draft = Workflows.Elderly();

        draft.Connect("gridCheck", "reject", null);

        Assert.DoesNotContain(draft.Connections, c => c is { From: "gridCheck", Outcome: "reject" });
        Assert.Equal(2, draft.ConnectionsFrom("gridCheck").Count);
    }

    [Fact]
    public void AssigneeRoutes_RoundTrip_AndKeepUnknownRouteProperties()
    {
        var step = StepJson.Parse(Workflows.Elderly().Find("communityReview")!.Json);
        ((JsonObject)step["assignee"]![0]!)["x-note"] = "百岁老人";

        var routes = AssigneeRoutes.Read(step);
        Assert.Equal(2, routes.Count);
        Assert.Equal(("role", "社区管理员", "input.年龄 >= 100"), (routes[0].Kind, routes[0].Value, routes[0].When));
        routes[1] = routes[1].WithKind(AssigneeRoutes.GridWorker);
        AssigneeRoutes.Write(step, routes);

        var written = step["assignee"]!.AsArray();
        Assert.Equal("百岁老人", written[0]!["x-note"]!.GetValue<string>());
        Assert.Equal("gridWorker", written[1]!["kind"]!.GetValue<string>());
        Assert.Equal("input.楼栋", written[1]!["building"]!.GetValue<string>());
        Assert.Null(written[1]!["value"]);
    }

    [Theory]
    [InlineData("P2D", 2, "days")]
    [InlineData("PT36H", 36, "hours")]
    public void Durations_ReadAndWriteAsHoursOrDays(string iso, int amount, string unit)
    {
        Assert.Equal((amount, unit), IsoDuration.Parse(iso));
        Assert.Equal(iso, IsoDuration.Format(amount, unit));
        Assert.Null(IsoDuration.Parse("P1DT2H"));
        Assert.Null(IsoDuration.Format(0, IsoDuration.Days));
    }

    [Fact]
    public void TemplatePreview_RendersSampleData_AndReportsSyntaxErrors()
    {
        var draft = Workflows.Elderly();

        var (text, _, _) = TemplatePreview.Render("{{input.姓名}}您好，{{input.年龄}} 岁", draft.Input);
        var (none, zh, en) = TemplatePreview.Render("{{#if input.姓名}}未闭合", draft.Input);

        Assert.Equal("示例姓名您好，85 岁", text);
        Assert.Null(none);
        Assert.StartsWith("模板语法错误", zh, StringComparison.Ordinal);
        Assert.StartsWith("template syntax error", en, StringComparison.Ordinal);
    }
}
