using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// Removes the answers of fields that are not shown, so that no other expression can read them: a question the
/// resident never saw must not make another one required. Pages and repeat groups that are hidden take their
/// fields with them. The validator reports them as ignored
/// on its own, from the same conditions.
/// </summary>
internal static class HiddenAnswers
{
    /// <returns>True when something was removed (calculations and conditions must then be evaluated again).</returns>
    public static bool Remove(CompiledForm form, JsonObject answers, ScopeRecords records)
    {
        var removed = RemoveIn(form, form.Form.Fields, answers, group: null, records);
        if (removed)
        {
            records.Invalidate();
        }

        return removed;
    }

    private static bool RemoveIn(CompiledForm form, IReadOnlyList<FormField> fields, JsonObject scope, FormField? group, ScopeRecords records)
    {
        var removed = false;
        foreach (var field in fields)
        {
            var visible = form.Lookup(field).Expressions?.VisibleIf is not { } condition
                || ExpressionFieldConditions.Test(condition, records.For(scope, group)) != false;
            if (field.Type == FieldTypes.Page)
            {
                removed |= visible
                    ? RemoveIn(form, field.Fields, scope, group, records)
                    : RemoveAll(field.Fields, scope);
                continue;
            }

            if (!scope.ContainsKey(field.Key))
            {
                continue;
            }

            if (!visible)
            {
                scope.Remove(field.Key);
                removed = true;
            }
            else if (field.Type == FieldTypes.Repeat && group is null && scope[field.Key] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item)
                    {
                        removed |= RemoveIn(form, field.Fields, item, field, records);
                    }
                }
            }
        }

        return removed;
    }

    private static bool RemoveAll(IReadOnlyList<FormField> fields, JsonObject scope)
    {
        var removed = false;
        foreach (var field in fields)
        {
            if (field.Type == FieldTypes.Page)
            {
                removed |= RemoveAll(field.Fields, scope);
            }
            else if (scope.Remove(field.Key))
            {
                removed = true;
            }
        }

        return removed;
    }
}
