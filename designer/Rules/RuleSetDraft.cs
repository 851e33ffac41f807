using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// An editable rule set in the RulesEngine JSON format that <c>RuleSet.Compile</c> reads: one workflow object or an
/// array of them, nested And/Or rules to any depth. The JSON itself is the model, so properties the editor does not
/// show (<c>LocalParams</c>, <c>Actions</c>, <c>Properties</c>, anything unknown) survive a load/save round trip.
/// Every edit is one bounded undo step (typing into one property merges into a single step).
/// </summary>
public sealed partial class RuleSetDraft
{
    /// <summary>How many edits undo remembers by default.</summary>
    public const int DefaultUndoCapacity = 100;

    private readonly JsonEditHistory _history;
    private int _builtRevision;
    private IReadOnlyList<RuleWorkflowDraft> _workflows;

    private RuleSetDraft(JsonNode root, int undoCapacity)
    {
        _history = new JsonEditHistory(root, undoCapacity);
        _workflows = Build();
    }

    /// <summary>The workflows, in file order, rebuilt after every edit.</summary>
    public IReadOnlyList<RuleWorkflowDraft> Workflows
    {
        get
        {
            if (_builtRevision != _history.Revision)
            {
                _workflows = Build();
                _builtRevision = _history.Revision;
            }

            return _workflows;
        }
    }

    /// <summary>Counts edits, undos and redos: views and caches compare it to know when to refresh.</summary>
    public int Revision => _history.Revision;

    /// <summary>True when the rule set differs from what was loaded or last saved.</summary>
    public bool IsDirty => _history.IsDirty;

    /// <summary>True when there is an edit to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>True when there is an undone edit to apply again.</summary>
    public bool CanRedo => _history.CanRedo;

    private JsonNode Root => _history.Root;

    /// <summary>
    /// Opens rule-set JSON. Never throws: malformed JSON, or JSON that is neither an object nor an array, gives a null
    /// draft and one diagnostic with line:col; otherwise the draft opens even when the rules have problems.
    /// </summary>
    public static RuleSetLoadResult Load(string? json, int undoCapacity = DefaultUndoCapacity)
    {
        var (node, error, line, column) = JsonEditHistory.Parse(json);
        if (error is not null)
        {
            return new RuleSetLoadResult(null, [Diagnostic.Error("rules.json", "$", "规则集不是合法的 JSON：" + error, "the rule set is not valid JSON: " + error)
                with { Line = line, Column = column }]);
        }

        if (node is not (JsonObject or JsonArray))
        {
            return new RuleSetLoadResult(null, [Diagnostic.Error("rules.root", "$", "规则集必须是一个工作流对象或工作流数组", "a rule set must be one workflow object or an array of workflows")]);
        }

        return new RuleSetLoadResult(new RuleSetDraft(node, undoCapacity), []);
    }

    /// <summary>A new rule set with one workflow named <paramref name="workflowName"/> and no rules.</summary>
    public static RuleSetDraft CreateNew(string workflowName) =>
        new(new JsonObject { ["schemaVersion"] = 1, ["WorkflowName"] = workflowName, ["Rules"] = new JsonArray() }, DefaultUndoCapacity);

    /// <summary>The rule set as indented JSON (Chinese readable), with <c>"schemaVersion": 1</c> on each workflow.</summary>
    public string ToJson()
    {
        var copy = Root.DeepClone();
        foreach (var workflow in WorkflowObjects(copy))
        {
            if (RuleJson.Find(workflow, "schemaVersion") is null)
            {
                workflow.Insert(0, "schemaVersion", 1);
            }
        }

        return copy.ToJsonString(RuleJson.WriteOptions);
    }

    /// <summary>The rule at <paramref name="path"/>, or null.</summary>
    public RuleNodeDraft? Find(string path) => Workflows.SelectMany(w => w.AllRules).FirstOrDefault(r => r.Path == path);

    /// <summary>Reverts the last edit; false when there is none.</summary>
    public bool Undo() => _history.Undo();

    /// <summary>Applies the last undone edit again; false when there is none.</summary>
    public bool Redo() => _history.Redo();

    /// <summary>Ends the current typing run: the next keystroke starts a new undo step.</summary>
    public void EndEditGroup() => _history.Seal();

    /// <summary>Records that the current state was saved: <see cref="IsDirty"/> becomes false.</summary>
    public void MarkSaved() => _history.MarkSaved();

    private bool Edit(string description, object? mergeKey, Func<JsonNode, bool> change) => _history.Edit(description, mergeKey, change);

    private static IEnumerable<JsonObject> WorkflowObjects(JsonNode root) =>
        root is JsonArray array ? array.OfType<JsonObject>() : root is JsonObject single ? [single] : [];

    private List<RuleWorkflowDraft> Build()
    {
        var list = new List<RuleWorkflowDraft>();
        if (Root is JsonObject single)
        {
            list.Add(BuildWorkflow(single, "$"));
        }
        else if (Root is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject workflow)
                {
                    list.Add(BuildWorkflow(workflow, "$[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                }
            }
        }

        return list;
    }

    private static RuleWorkflowDraft BuildWorkflow(JsonObject workflow, string path) =>
        new(path, RuleJson.Text(workflow, "WorkflowName") ?? "", BuildRules(workflow, path, 0, null));

    private static List<RuleNodeDraft> BuildRules(JsonObject owner, string path, int depth, RuleNodeDraft? parent)
    {
        var rules = new List<RuleNodeDraft>();
        if (RuleJson.Find(owner, "Rules") is not { } key || owner[key] is not JsonArray array)
        {
            return rules;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject rule)
            {
                continue;
            }

            var node = new RuleNodeDraft($"{path}.{key}[{i.ToString(CultureInfo.InvariantCulture)}]", depth, i, parent)
            {
                Name = RuleJson.Text(rule, "RuleName") ?? "",
                Expression = RuleJson.Text(rule, "Expression"),
                Operator = ParseOperator(RuleJson.Text(rule, "Operator")),
                IsJavaScript = string.Equals(RuleJson.Text(rule, "RuleExpressionType"), "JavaScript", StringComparison.OrdinalIgnoreCase),
                SuccessEvent = RuleJson.Text(rule, "SuccessEvent"),
                SuccessMessage = RuleJson.Text(rule, "SuccessMessage"),
                ErrorMessage = RuleJson.Text(rule, "ErrorMessage"),
                Enabled = RuleJson.Get(rule, "Enabled") is not JsonValue enabled || enabled.GetValueKind() != JsonValueKind.False,
            };
            node.Children = BuildRules(rule, node.Path, depth + 1, node);
            rules.Add(node);
        }

        return rules;
    }

    private static RuleOperatorKind ParseOperator(string? text) => text?.ToUpperInvariant() switch
    {
        "AND" or "ANDALSO" => RuleOperatorKind.And,
        "OR" or "ORELSE" => RuleOperatorKind.Or,
        _ => RuleOperatorKind.None,
    };
}
