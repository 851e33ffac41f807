using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// An editable form definition for the builder: fields in a tree (pages and repeat groups hold fields), every change
/// undoable, a dirty flag, and <see cref="Validate"/> running the engine's own checks. It keeps the JSON it was loaded
/// from, so unknown field types and properties survive a save; it may be half-finished while staff edit it.
/// Not thread-safe: one draft per editing session.
/// </summary>
public sealed partial class FormDraft
{
    /// <summary>How many steps <see cref="Undo"/> can go back by default.</summary>
    public const int DefaultUndoCapacity = 200;

    private readonly JsonObject _form;
    private readonly List<FieldDraft> _fields = [];
    private readonly UndoHistory _history;
    private long _savedState;
    private int _nextId = 1;

    private FormDraft(JsonObject form, int undoCapacity)
    {
        _history = new UndoHistory(undoCapacity);
        _form = form;
        if (form["fields"] is JsonArray fields)
        {
            form.Remove("fields");
            foreach (var item in fields)
            {
                if (item is JsonObject obj)
                {
                    _fields.Add(Build(obj, null));
                }
            }
        }
    }

    /// <summary>Raised after every change, undo and redo.</summary>
    public event EventHandler? Changed;

    /// <summary>The top-level fields.</summary>
    public IReadOnlyList<FieldDraft> Fields => _fields;

    /// <summary>Counts every change (undo and redo included), so views can cache work per revision.</summary>
    public int Revision { get; private set; }

    /// <summary>True when the draft differs from what was loaded or last saved (<see cref="MarkSaved"/>).</summary>
    public bool IsDirty => _history.State != _savedState;

    /// <summary>True when there is a change to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>True when there is an undone change to redo.</summary>
    public bool CanRedo => _history.CanRedo;

    /// <summary>What <see cref="Undo"/> would revert, in Chinese (e.g. 添加字段“姓名”), or null.</summary>
    public string? UndoDescription => _history.UndoDescription;

    /// <summary>What <see cref="Redo"/> would apply again, or null.</summary>
    public string? RedoDescription => _history.RedoDescription;

    /// <summary>The form id, e.g. <c>returnee-registration</c>.</summary>
    public string Id => DraftJson.String(_form["id"]) ?? "";

    /// <summary>The form's version number.</summary>
    public int Version => DraftJson.Number(_form["version"]) is { } v ? (int)v : 1;

    /// <summary>The Chinese title.</summary>
    public string TitleZh => DraftJson.Text(_form["title"], DraftJson.Zh) ?? "";

    /// <summary>The English title, or null.</summary>
    public string? TitleEn => DraftJson.Text(_form["title"], DraftJson.En);

    /// <summary>The Chinese description, or null.</summary>
    public string? DescriptionZh => DraftJson.Text(_form["description"], DraftJson.Zh);

    /// <summary>The English description, or null.</summary>
    public string? DescriptionEn => DraftJson.Text(_form["description"], DraftJson.En);

    /// <summary>Every field of the form, depth first (pages and groups before their children).</summary>
    public IEnumerable<FieldDraft> AllFields => _fields.SelectMany(f => f.DescendantsAndSelf());

    /// <summary>
    /// Starts a draft from form JSON. Never throws: JSON that is not an object gives a null draft and the error;
    /// otherwise the draft is built even when the form has problems (see <see cref="Validate"/>).
    /// </summary>
    public static DraftLoadResult Load(string json, int undoCapacity = DefaultUndoCapacity)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json ?? "", documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var error = Diagnostic.Error("form.json.malformed", null, "表单内容已损坏，无法打开", "The form document is not valid JSON: " + ex.Message)
                with { Line = (int)(ex.LineNumber ?? 0) + 1, Column = (int)(ex.BytePositionInLine ?? 0) + 1 };
            return new DraftLoadResult(null, [error]);
        }

        if (node is not JsonObject obj)
        {
            return new DraftLoadResult(null, [Diagnostic.Error("form.notObject", "$", "表单内容应为一个对象", "The form document must be a JSON object")]);
        }

        return new DraftLoadResult(new FormDraft(obj, Math.Max(1, undoCapacity)), []);
    }

    /// <summary>A new, empty form with the given id and Chinese title.</summary>
    public static FormDraft CreateNew(string id, string titleZh, int undoCapacity = DefaultUndoCapacity)
    {
        var obj = new JsonObject
        {
            ["schemaVersion"] = FormsEngine.Forms.FormDefinition.CurrentSchemaVersion,
            ["id"] = id,
            ["version"] = 1,
            ["title"] = FieldTypeCatalog.Text(titleZh),
        };
        return new FormDraft(obj, Math.Max(1, undoCapacity));
    }

    /// <summary>The form as indented JSON (Chinese kept readable), in the engine's document format.</summary>
    public string ToJson() => ToJsonObject().ToJsonString(DraftJson.WriteOptions);

    /// <summary>The form as a JSON object (a fresh copy).</summary>
    public JsonObject ToJsonObject()
    {
        var obj = (JsonObject)_form.DeepClone();
        obj["fields"] = new JsonArray([.. _fields.Select(f => (JsonNode)f.ToJson())]);
        return obj;
    }

    /// <summary>Reverts the last change; false when there is none.</summary>
    public bool Undo() => Notify(_history.Undo());

    /// <summary>Applies the last undone change again; false when there is none.</summary>
    public bool Redo() => Notify(_history.Redo());

    /// <summary>Records that the current state was saved: <see cref="IsDirty"/> becomes false.</summary>
    public void MarkSaved()
    {
        _savedState = _history.State;
        _history.Seal();
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Ends a run of merged edits, so the next edit of the same property is its own undo step (e.g. on blur).</summary>
    public void EndEditGroup() => _history.Seal();

    /// <summary>Finds a field by its <see cref="FieldDraft.Id"/>.</summary>
    public FieldDraft? FindById(int id) => AllFields.FirstOrDefault(f => f.Id == id);

    /// <summary>The JSON path of <paramref name="field"/> in the saved document, e.g. <c>$.fields[1].fields[0]</c>.</summary>
    public string PathOf(FieldDraft field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var list = ListOf(field.Parent);
        var here = $"fields[{list.IndexOf(field)}]";
        return field.Parent is null ? "$." + here : PathOf(field.Parent) + "." + here;
    }

    private void Execute(DraftEdit edit)
    {
        _history.Do(edit);
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

    private FieldDraft Build(JsonObject obj, FieldDraft? parent)
    {
        var field = new FieldDraft(_nextId++, obj) { Parent = parent };
        var type = DraftJson.String(obj["type"]);
        if (type is "page" or "repeat" && obj["fields"] is JsonArray children && children.All(c => c is JsonObject))
        {
            obj.Remove("fields");
            field.IsContainer = true;
            foreach (var child in children)
            {
                field.MutableFields.Add(Build((JsonObject)child!, field));
            }
        }

        return field;
    }

    private List<FieldDraft> ListOf(FieldDraft? container) => container is null ? _fields : container.MutableFields;
}
