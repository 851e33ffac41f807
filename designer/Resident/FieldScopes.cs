using System.Runtime.CompilerServices;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// The answer-carrying fields of a form by key: one map for the top level (pages are transparent) and one per repeat
/// group. Built once per form definition and cached beside it, so reading a post or placing errors costs lookups only.
/// </summary>
internal sealed class FieldScopes
{
    private static readonly ConditionalWeakTable<FormDefinition, FieldScopes> Cache = [];

    private readonly Dictionary<FormField, Dictionary<string, FormField>> _groups = new(ReferenceEqualityComparer.Instance);

    private FieldScopes(FormDefinition form)
    {
        Top = Build(form.Fields);
    }

    public Dictionary<string, FormField> Top { get; }

    public static FieldScopes For(FormDefinition form) => Cache.GetValue(form, static f => new FieldScopes(f));

    /// <summary>The fields of one item of <paramref name="group"/>.</summary>
    public Dictionary<string, FormField> Item(FormField group) => _groups.TryGetValue(group, out var scope) ? scope : [];

    private Dictionary<string, FormField> Build(IReadOnlyList<FormField> fields)
    {
        var scope = new Dictionary<string, FormField>(StringComparer.Ordinal);
        Add(scope, fields);
        return scope;
    }

    private void Add(Dictionary<string, FormField> scope, IReadOnlyList<FormField> fields)
    {
        foreach (var field in fields)
        {
            if (field is PageField)
            {
                Add(scope, field.Fields);
                continue;
            }

            if (field is UnknownField or StaticTextField || field.Key.Length == 0)
            {
                continue;
            }

            scope.TryAdd(field.Key, field);
            if (field is RepeatGroupField)
            {
                _groups[field] = Build(field.Fields);
            }
        }
    }
}
