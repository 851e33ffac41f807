using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Analysis;

/// <summary>
/// A field as the analysis sees it: its qualified key (<c>年龄</c>, or <c>家庭成员.年龄</c> inside a repeat group),
/// the repeat group whose items it belongs to (null at the top level), and the page or group that contains it.
/// </summary>
internal sealed record AnalyzedField(FormField Field, string QualifiedKey, FormField? RepeatScope, AnalyzedField? Container)
{
    /// <summary>Every field of the form, depth first, with pages and groups before their children.</summary>
    public static List<AnalyzedField> Flatten(FormDefinition form)
    {
        var list = new List<AnalyzedField>();
        Walk(form.Fields, scope: null, container: null, list);
        return list;
    }

    /// <summary>The qualified keys of <paramref name="fields"/>.</summary>
    public static HashSet<string> Keys(IEnumerable<AnalyzedField> fields) => fields.Select(f => f.QualifiedKey).ToHashSet(StringComparer.Ordinal);

    private static void Walk(IReadOnlyList<FormField> fields, FormField? scope, AnalyzedField? container, List<AnalyzedField> list)
    {
        foreach (var field in fields)
        {
            var key = scope is null ? field.Key : $"{scope.Key}.{field.Key}";
            var analyzed = new AnalyzedField(field, key, scope, container);
            list.Add(analyzed);
            if (field.Type == FieldTypes.Page)
            {
                Walk(field.Fields, scope, analyzed, list);
            }
            else if (field.Type == FieldTypes.Repeat && scope is null)
            {
                Walk(field.Fields, field, analyzed, list);
            }
        }
    }
}
