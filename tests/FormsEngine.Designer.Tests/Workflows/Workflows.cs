using FormsEngine.Designer.Tests.Forms;
using FormsEngine.Designer.WorkflowEditing;

namespace FormsEngine.Designer.Tests.Workflows;

/// <summary>The sample workflows of <c>rulepacks/workflows</c> as drafts.</summary>
internal static class Workflows
{
    public static string Folder => Path.Combine(RepoPaths.Root, "rulepacks", "workflows");

    public static string Json(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"));

    public static WorkflowDraft Load(string json, int undoCapacity = WorkflowDraft.DefaultUndoCapacity) =>
        WorkflowDraft.TryLoad(json, out var zh, out _, undoCapacity) ?? throw new InvalidOperationException(zh);

    public static WorkflowDraft Sample(string name) => Load(Json(name));

    public static WorkflowDraft Elderly() => Sample("elderly-allowance-approval");
}
