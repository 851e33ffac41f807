using FormsEngine.Expressions;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Analysis;

/// <summary>
/// The expression schemas of one form, created once and shared: expressions compiled against a schema only accept
/// records of that same schema instance, so the analysis and the runtime must use these.
/// </summary>
internal sealed class FormSchemas(FormDefinition form, IReadOnlyDictionary<FormField, ExpressionType> calculatedTypes)
{
    private readonly Dictionary<FormField, ExpressionSchema> _items = new(ReferenceEqualityComparer.Instance);
    private ExpressionSchema? _top;

    /// <summary>Types of calculated fields, inferred from their expressions.</summary>
    public IReadOnlyDictionary<FormField, ExpressionType> CalculatedTypes => calculatedTypes;

    /// <summary>The schema of top-level expressions.</summary>
    public ExpressionSchema Top => _top ??= FormSchemaBuilder.ForForm(form.Fields, calculatedTypes);

    /// <summary>The schema of expressions written inside repeat group <paramref name="group"/>.</summary>
    public ExpressionSchema ForItem(FormField group)
    {
        lock (_items)
        {
            if (!_items.TryGetValue(group, out var schema))
            {
                _items[group] = schema = FormSchemaBuilder.ForRepeatItem(group, form.Fields, calculatedTypes);
            }

            return schema;
        }
    }

    /// <summary>The schema for an expression on a field whose repeat group is <paramref name="group"/> (null at top level).</summary>
    public ExpressionSchema For(FormField? group) => group is null ? Top : ForItem(group);
}
