using System.Text.RegularExpressions;
using FormsEngine.Designer.Tests.Forms;
using FormsEngine.Designer.WorkflowEditing;

namespace FormsEngine.Designer.Tests.Workflows;

/// <summary>Every text the workflow editor asks for exists in Chinese and English.</summary>
public partial class WorkflowsTextTests
{
    private static readonly string[] DecisionOutcomes = ["true", "false"];
    private static readonly string[] AssigneeKinds = [AssigneeRoutes.Role, AssigneeRoutes.Person, AssigneeRoutes.GridWorker];

    [Fact]
    public void Chinese_and_English_have_the_same_keys_and_no_blank_text()
    {
        var zh = ResourceText.Entries("WorkflowsText.zh-CN.resx");
        var en = ResourceText.Entries("WorkflowsText.resx");

        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(zh.Concat(en), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_the_components_use_exists_including_per_type_and_per_outcome_names()
    {
        var keys = ResourceText.Entries("WorkflowsText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var folders = new[] { Path.Combine(RepoPaths.Root, "designer", "Workflows"), Path.Combine(RepoPaths.Root, "designer", "Studio", "Pages", "Workflows") };
        var used = folders.SelectMany(f => Directory.GetFiles(f, "*.razor*", SearchOption.AllDirectories))
            .SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith('_'))
            .ToHashSet(StringComparer.Ordinal);
        var derived = StepTypes.Addable.Append(StepTypes.FormSubmitted).Select(t => "Type_" + t)
            .Concat(StepTypes.TaskOutcomes.Concat(DecisionOutcomes).Select(o => "Outcome_" + o))
            .Concat(AssigneeKinds.Select(k => "Kind_" + k));

        var missing = used.Concat(derived).Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"T\[""(?<key>[A-Za-z_]+)""")]
    private static partial Regex KeyUse();
}
