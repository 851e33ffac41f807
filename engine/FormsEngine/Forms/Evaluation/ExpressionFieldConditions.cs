using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// <see cref="IFieldConditions"/> backed by the form's compiled <c>visibleIf</c> and <c>requiredIf</c>. A condition
/// that is null (it read empty answers) counts as false; one that fails at run time counts as visible and not
/// additionally required, so a design mistake never hides a question from residents.
/// The validator walks the raw answers; conditions are evaluated on the coerced copy at the same position.
/// </summary>
internal sealed class ExpressionFieldConditions(CompiledForm form, ScopeRecords records, JsonObject raw, JsonObject coerced) : IFieldConditions
{
    private readonly Dictionary<JsonObject, JsonObject> _coercedScopes = new(ReferenceEqualityComparer.Instance);

    public bool IsVisible(FormField field, JsonObject scope, JsonObject root)
    {
        var (group, expressions) = form.Lookup(field);
        return expressions?.VisibleIf is not { } condition || Test(condition, records.For(Coerced(scope, group), group)) != false;
    }

    public bool IsRequired(FormField field, JsonObject scope, JsonObject root)
    {
        if (field.Required)
        {
            return true;
        }

        var (group, expressions) = form.Lookup(field);
        return expressions?.RequiredIf is { } condition && Test(condition, records.For(Coerced(scope, group), group)) == true;
    }

    private JsonObject Coerced(JsonObject scope, FormField? group)
    {
        if (group is null || ReferenceEquals(scope, raw))
        {
            return coerced;
        }

        if (!_coercedScopes.TryGetValue(scope, out var item))
        {
            var index = raw[group.Key] is JsonArray rawItems ? rawItems.IndexOf(scope) : -1;
            item = index >= 0 && coerced[group.Key] is JsonArray items && index < items.Count && items[index] is JsonObject found
                ? found
                : [];
            _coercedScopes[scope] = item;
        }

        return item;
    }

    /// <summary>True, false, or null when the condition is null or fails.</summary>
    internal static bool? Test(CompiledExpression condition, ExpressionRecord record)
    {
        var result = condition.Evaluate(record);
        if (!result.IsSuccess)
        {
            return null;
        }

        return result.Value is JsonValue value && value.TryGetValue<bool>(out var b) ? b : false;
    }
}
