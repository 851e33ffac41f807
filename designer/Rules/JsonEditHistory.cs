using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// A JSON document edited in undoable steps: each edit runs on a copy and is recorded as the document before and after,
/// in the form builder's bounded <see cref="UndoHistory"/>. Rule sets and decision tables are small, so whole-document
/// snapshots are cheap and make every edit exactly reversible, unknown properties included.
/// </summary>
internal sealed class JsonEditHistory(JsonNode root, int undoCapacity)
{
    public static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    private readonly UndoHistory _history = new(Math.Max(1, undoCapacity));
    private long _savedState;

    /// <summary>The document as it is now (do not change it directly; use <see cref="Edit"/>).</summary>
    public JsonNode Root { get; private set; } = root;

    public int Revision { get; private set; }

    public bool IsDirty => _history.State != _savedState;

    public bool CanUndo => _history.CanUndo;

    public bool CanRedo => _history.CanRedo;

    /// <summary>
    /// Applies <paramref name="change"/> as one undo step, merged with the previous step when both have the same
    /// <paramref name="mergeKey"/>. A change that returns false, or alters nothing, records nothing.
    /// </summary>
    public bool Edit(string description, object? mergeKey, Func<JsonNode, bool> change)
    {
        var before = Root.ToJsonString();
        var working = Root.DeepClone();
        if (!change(working))
        {
            return false;
        }

        var after = working.ToJsonString();
        if (after == before)
        {
            return false;
        }

        _history.Do(new DraftEdit(description, () => Restore(after), () => Restore(before), mergeKey));
        Revision++;
        return true;
    }

    public bool Undo() => Counted(_history.Undo());

    public bool Redo() => Counted(_history.Redo());

    public void Seal() => _history.Seal();

    public void MarkSaved() => _savedState = _history.State;

    /// <summary>Parses JSON the way the engine's readers do; the error message and line:col when it is malformed.</summary>
    public static (JsonNode? Node, string? Error, int Line, int Column) Parse(string? json)
    {
        try
        {
            return (JsonNode.Parse(json ?? "", documentOptions: ParseOptions), null, 0, 0);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            return (null, reason, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
        }
    }

    private void Restore(string json) => Root = JsonNode.Parse(json, documentOptions: ParseOptions)!;

    private bool Counted(bool changed)
    {
        if (changed)
        {
            Revision++;
        }

        return changed;
    }
}
