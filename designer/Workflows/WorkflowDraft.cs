using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// An editable workflow definition for the studio: the steps (activities) in document order, their connections, every
/// change undoable, a dirty flag, and <see cref="Validate"/> running the engine's own loader and graph checks. It edits
/// the very JSON the engine's loader reads, so <c>schemaVersion</c>, unknown activity types and unknown properties
/// survive a save. It may be half-finished while staff edit it. Not thread-safe: one draft per editing session.
/// </summary>
public sealed partial class WorkflowDraft
{
    /// <summary>How many steps <see cref="Undo"/> can go back by default.</summary>
    public const int DefaultUndoCapacity = 100;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly UndoHistory _history;
    private JsonObject _document;
    private long _savedState;

    private WorkflowDraft(JsonObject document, int undoCapacity)
    {
        _document = document;
        _history = new UndoHistory(undoCapacity);
    }

    /// <summary>Raised after every change, undo and redo.</summary>
    public event EventHandler? Changed;

    /// <summary>Counts every change (undo and redo included), so views can cache work per revision.</summary>
    public int Revision { get; private set; }

    /// <summary>True when the draft differs from what was loaded or last saved (<see cref="MarkSaved"/>).</summary>
    public bool IsDirty => _history.State != _savedState;

    /// <summary>True when there is a change to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>True when there is an undone change to redo.</summary>
    public bool CanRedo => _history.CanRedo;

    /// <summary>What <see cref="Undo"/> would revert, in Chinese, or null.</summary>
    public string? UndoDescription => _history.UndoDescription;

    /// <summary>The workflow id, e.g. <c>elderly-allowance-approval</c>.</summary>
    public string Id => Text(_document["id"]) ?? "";

    /// <summary>The version number written in the document (publishing assigns the next free one).</summary>
    public int Version => _document["version"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    /// <summary>The display name, or empty.</summary>
    public string Name => Text(_document["name"]) ?? "";

    /// <summary>The submission fields expressions and templates may read (name → type).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Input => _document["input"] is JsonObject input
        ? input.Select(p => new KeyValuePair<string, string>(p.Key, Text(p.Value) ?? "")).ToList()
        : [];

    /// <summary>The steps in document order.</summary>
    public IReadOnlyList<StepDraft> Steps => Activities.Select((node, i) => StepDraft.From(node as JsonObject, i)).ToList();

    /// <summary>The connections in document order; incomplete ones are skipped.</summary>
    public IReadOnlyList<ConnectionDraft> Connections => ConnectionArray
        .Select(c => c is JsonObject o ? new ConnectionDraft(Text(o["from"]) ?? "", Text(o["outcome"]) ?? "", Text(o["to"]) ?? "") : null)
        .OfType<ConnectionDraft>()
        .ToList();

    private JsonArray Activities => _document["activities"] as JsonArray ?? [];

    private JsonArray ConnectionArray => _document["connections"] as JsonArray ?? [];

    /// <summary>
    /// Reads a workflow document. Never throws: malformed JSON or a document that is not an object gives null and a
    /// bilingual message with the position. Anything else loads, however incomplete; <see cref="Validate"/> says what is wrong.
    /// </summary>
    public static WorkflowDraft? TryLoad(string json, out string? errorZh, out string? errorEn, int undoCapacity = DefaultUndoCapacity)
    {
        ArgumentNullException.ThrowIfNull(json);
        errorZh = errorEn = null;
        try
        {
            if (JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) is JsonObject document)
            {
                return new WorkflowDraft(document, undoCapacity);
            }

            (errorZh, errorEn) = ("流程定义必须是 JSON 对象", "a workflow definition must be a JSON object");
        }
        catch (JsonException ex)
        {
            var at = $"{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}";
            (errorZh, errorEn) = ($"JSON 格式错误（第 {at} 处）：{ex.Message}", $"malformed JSON at {at}: {ex.Message}");
        }

        return null;
    }

    /// <summary>The document as JSON (indented, Chinese unescaped), ready for the engine's loader.</summary>
    public string ToJson() => _document.ToJsonString(WriteOptions);

    /// <summary>The step with <paramref name="id"/>, or null.</summary>
    public StepDraft? Find(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The connections leaving <paramref name="stepId"/>.</summary>
    public IReadOnlyList<ConnectionDraft> ConnectionsFrom(string stepId) => Connections.Where(c => c.From == stepId).ToList();

    /// <summary>Records that the current state was saved or published: <see cref="IsDirty"/> becomes false.</summary>
    public void MarkSaved() => _savedState = _history.State;

    /// <summary>Reverts the last change; false when there is none.</summary>
    public bool Undo() => Notify(_history.Undo());

    /// <summary>Applies the last undone change again; false when there is none.</summary>
    public bool Redo() => Notify(_history.Redo());

    /// <summary>Changes the display name (typing merges into one undo step).</summary>
    public void SetName(string name) => Edit("修改流程名称", doc => doc["name"] = name, mergeKey: "name");

    /// <summary>Applies <paramref name="change"/> to a copy of the document as one undoable edit.</summary>
    private void Edit(string descriptionZh, Action<JsonObject> change, object? mergeKey = null)
    {
        var before = (JsonObject)_document.DeepClone();
        var after = (JsonObject)_document.DeepClone();
        foreach (var array in (string[])["activities", "connections"])
        {
            if (after[array] is not JsonArray)
            {
                after[array] = new JsonArray();
            }
        }

        change(after);
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        _history.Do(new DraftEdit(descriptionZh, () => _document = (JsonObject)after.DeepClone(), () => _document = (JsonObject)before.DeepClone(), mergeKey));
        Notify(true);
    }

    private bool Notify(bool changed)
    {
        if (changed)
        {
            Revision++;
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return changed;
    }

    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
