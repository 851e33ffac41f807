using System.Collections.Frozen;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Validation;

/// <summary>
/// The fields answered in one object of a submission: the whole form (pages flattened, since page fields are
/// answered at the top level), or one repeat-group item. Built once at load time.
/// </summary>
internal sealed class FieldScope
{
    public FieldScope(IReadOnlyList<FormField> fields)
    {
        Fields = fields;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(fields, keys);
        AnswerKeys = keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The fields in document order, pages not flattened (a page's visibility covers its fields).</summary>
    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>Keys that may appear in the answers of this scope.</summary>
    public FrozenSet<string> AnswerKeys { get; }

    private static void Collect(IReadOnlyList<FormField> fields, HashSet<string> keys)
    {
        foreach (var field in fields)
        {
            if (field is PageField)
            {
                Collect(field.Fields, keys);
            }
            else if (field.CarriesAnswer && field.Key.Length > 0)
            {
                keys.Add(field.Key);
            }
        }
    }
}
