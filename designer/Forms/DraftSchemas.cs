using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// The expression schemas of a draft, built by the engine itself (<c>FormSchemas</c> of a compiled form) from a
/// reduced copy of the draft that keeps only what schemas depend on — types, keys, nesting, <c>calculate</c> of
/// calculated fields, <c>default</c> of hidden fields — and leaves out whatever the draft still gets wrong (bad or
/// duplicate keys, unknown types, half-filled options). So suggestions and checks keep working while staff edit.
/// </summary>
internal sealed class DraftSchemas
{
    private readonly CompiledForm? _compiled;

    public DraftSchemas(FormDraft draft, ExpressionOptions options)
    {
        var reduced = new JsonObject
        {
            ["schemaVersion"] = FormDefinition.CurrentSchemaVersion,
            ["id"] = "draft",
            ["version"] = 1,
            ["title"] = FieldTypeCatalog.Text("草稿"),
            ["fields"] = Reduce(draft.Fields, depth: 0, topLevel: true),
        };
        var load = FormDefinition.Load(reduced.ToJsonString());
        _compiled = load.Form is { } form ? CompiledForm.Compile(form, options) : null;
    }

    /// <summary>False when even the reduced form does not load (then schemas are empty).</summary>
    public bool Available => _compiled is not null;

    public CompiledForm? Compiled => _compiled;

    /// <summary>The schema of expressions on <paramref name="field"/>: the form's, or its repeat group's item schema.</summary>
    public ExpressionSchema For(FieldDraft? field) => Group(field) is { } group
        ? _compiled!.ItemSchema(group)
        : _compiled?.TopSchema ?? EmptySchema();

    /// <summary>The engine's repeat group that <paramref name="field"/>'s expressions are scoped to, or null.</summary>
    public FormField? Group(FieldDraft? field)
    {
        if (_compiled is null || field?.RepeatScope is not { } scope)
        {
            return null;
        }

        var chain = new Stack<string>();
        for (var g = scope; g is not null; g = g.RepeatScope)
        {
            chain.Push(g.Key);
        }

        IReadOnlyList<FormField> fields = _compiled.Form.Fields;
        FormField? found = null;
        while (chain.TryPop(out var key))
        {
            found = Find(fields, key);
            if (found is null)
            {
                return null;
            }

            fields = found.Fields;
        }

        return found;
    }

    private static FormField? Find(IReadOnlyList<FormField> fields, string key)
    {
        foreach (var f in fields)
        {
            if (f.Type == FieldTypes.Repeat && f.Key == key)
            {
                return f;
            }

            if (f.Type == FieldTypes.Page && Find(f.Fields, key) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static ExpressionSchema EmptySchema() => ExpressionSchema.Create();

    private static JsonArray Reduce(IEnumerable<FieldDraft> fields, int depth, bool topLevel, HashSet<string>? keys = null)
    {
        keys ??= new HashSet<string>(StringComparer.Ordinal);
        var array = new JsonArray();
        foreach (var field in fields)
        {
            var type = field.Type;
            if (type == FieldTypes.Page)
            {
                // Pages are transparent to schemas: their fields are answered at the level the page is at.
                foreach (var child in Reduce(field.Fields, depth, topLevel, keys).ToArray())
                {
                    child!.Parent!.AsArray().Remove(child);
                    array.Add(child);
                }

                continue;
            }

            if (type == FieldTypes.Static || FieldTypeCatalog.Find(type) is null || !FieldKeys.IsValid(field.Key) || !keys.Add(field.Key))
            {
                continue;
            }

            var obj = new JsonObject { ["type"] = type, ["key"] = field.Key };
            switch (type)
            {
                case FieldTypes.Repeat when depth + 1 > FormDraft.MaxRepeatDepth:
                    continue;
                case FieldTypes.Repeat:
                    obj["fields"] = Reduce(field.Fields, depth + 1, topLevel: false);
                    break;
                case FieldTypes.SingleChoice or FieldTypes.MultipleChoice:
                    obj["options"] = new JsonArray(new JsonObject { ["value"] = "x", ["label"] = FieldTypeCatalog.Text("x") });
                    break;
                case FieldTypes.Calculated:
                    obj["calculate"] = field.GetString("calculate") ?? "null";
                    break;
                case FieldTypes.Hidden when field.GetRaw("default") is JsonValue value:
                    obj["default"] = value;
                    break;
            }

            array.Add(obj);
        }

        return array;
    }
}
