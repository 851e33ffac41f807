using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// An editable decision table in the engine's JSON format (<c>inputs</c>, <c>outputs</c>, <c>rules</c> of
/// <c>inputEntries</c>/<c>outputEntries</c>, <c>hitPolicy</c>). The JSON is the model, so <c>examples</c>,
/// <c>priority</c>, <c>allowedValues</c> and unknown properties survive a round trip. Every edit is one undo step.
/// </summary>
public sealed partial class DecisionTableDraft
{
    private readonly JsonEditHistory _history;

    private DecisionTableDraft(JsonObject root, int undoCapacity) => _history = new JsonEditHistory(root, undoCapacity);

    /// <summary>The hit policies as the file writes them, in the engine's order.</summary>
    public static IReadOnlyList<(HitPolicy Policy, string Text)> HitPolicies { get; } =
    [
        (HitPolicy.Unique, "UNIQUE"), (HitPolicy.First, "FIRST"), (HitPolicy.Priority, "PRIORITY"),
        (HitPolicy.Any, "ANY"), (HitPolicy.Collect, "COLLECT"), (HitPolicy.RuleOrder, "RULE ORDER"),
    ];

    /// <summary>Counts edits, undos and redos.</summary>
    public int Revision => _history.Revision;

    /// <summary>True when the table differs from what was loaded or last saved.</summary>
    public bool IsDirty => _history.IsDirty;

    /// <summary>True when there is an edit to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>True when there is an undone edit to apply again.</summary>
    public bool CanRedo => _history.CanRedo;

    /// <summary>The table id.</summary>
    public string Id => Str(Root["id"]) ?? "";

    /// <summary>The Chinese name (or the only name given).</summary>
    public string Name => Root["name"] is JsonObject name ? Str(name["zh-CN"]) ?? name.Select(p => Str(p.Value)).FirstOrDefault(v => v is not null) ?? Id : Str(Root["name"]) ?? Id;

    /// <summary>The hit policy; null when the file names none the engine knows.</summary>
    public HitPolicy? Policy => HitPolicies.Where(p => p.Text == (Str(Root["hitPolicy"]) ?? "").Trim().ToUpperInvariant().Replace('_', ' '))
        .Select(p => (HitPolicy?)p.Policy).FirstOrDefault();

    /// <summary>The input columns.</summary>
    public IReadOnlyList<DecisionColumnDraft> Inputs => Columns("inputs", "expression");

    /// <summary>The output columns.</summary>
    public IReadOnlyList<DecisionColumnDraft> Outputs => Columns("outputs", "type");

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<DecisionRowDraft> Rows =>
        [.. (Root["rules"] as JsonArray ?? []).Select((r, i) => new DecisionRowDraft(i, Cells(r, "inputEntries"), Cells(r, "outputEntries"), Str((r as JsonObject)?["description"])))];

    private JsonObject Root => (JsonObject)_history.Root;

    /// <summary>Opens decision-table JSON; never throws (malformed JSON or a non-object gives a null draft and why).</summary>
    public static DecisionTableLoadResult Load(string? json, int undoCapacity = RuleSetDraft.DefaultUndoCapacity)
    {
        var (node, error, line, column) = JsonEditHistory.Parse(json);
        if (error is not null)
        {
            return new DecisionTableLoadResult(null, [Diagnostic.Error("table.json", "$", "决策表不是合法的 JSON：" + error, "the decision table is not valid JSON: " + error)
                with { Line = line, Column = column }]);
        }

        return node is JsonObject obj
            ? new DecisionTableLoadResult(new DecisionTableDraft(obj, undoCapacity), [])
            : new DecisionTableLoadResult(null, [Diagnostic.Error("table.root", "$", "决策表必须是一个 JSON 对象", "a decision table must be a JSON object")]);
    }

    /// <summary>The table as indented JSON, <c>schemaVersion</c> first (1 when it was missing).</summary>
    public string ToJson()
    {
        var copy = (JsonObject)Root.DeepClone();
        if (!copy.ContainsKey("schemaVersion"))
        {
            copy.Insert(0, "schemaVersion", 1);
        }

        return copy.ToJsonString(RuleJson.WriteOptions);
    }

    /// <summary>Reverts the last edit.</summary>
    public bool Undo() => _history.Undo();

    /// <summary>Applies the last undone edit again.</summary>
    public bool Redo() => _history.Redo();

    /// <summary>Ends the current typing run.</summary>
    public void EndEditGroup() => _history.Seal();

    /// <summary>Records that the current state was saved.</summary>
    public void MarkSaved() => _history.MarkSaved();

    private static string? Str(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static IReadOnlyList<string> Cells(JsonNode? row, string property) =>
        [.. ((row as JsonObject)?[property] as JsonArray ?? []).Select(c => Str(c) ?? c?.ToJsonString() ?? "")];

    private List<DecisionColumnDraft> Columns(string property, string detail) =>
        [.. (Root[property] as JsonArray ?? []).OfType<JsonObject>().Select(c =>
            new DecisionColumnDraft(Str(c["id"]) ?? "", c["label"] is JsonObject l ? Str(l["zh-CN"]) ?? Str(l["en"]) : Str(c["label"]), Str(c[detail])))];
}
