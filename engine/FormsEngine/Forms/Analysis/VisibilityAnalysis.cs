using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Analysis;

/// <summary>
/// Finds fields that can never be shown: a <c>visibleIf</c> that is false whatever the answers (it reads no field,
/// or only fields that are themselves never shown, which are then always empty), or a container that is never shown.
/// </summary>
internal static class VisibilityAnalysis
{
    public static IReadOnlySet<string> FindNeverVisible(List<AnalyzedField> fields, IReadOnlySet<string> keys, Dictionary<string, FieldExpressions> expressions, List<Diagnostic> diagnostics)
    {
        var never = new HashSet<string>(StringComparer.Ordinal);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var entry in fields)
            {
                if (never.Contains(entry.QualifiedKey))
                {
                    continue;
                }

                var hiddenByContainer = entry.Container is not null && never.Contains(entry.Container.QualifiedKey);
                var condition = expressions.GetValueOrDefault(entry.QualifiedKey)?.VisibleIf;
                if (hiddenByContainer || (condition is not null && AlwaysFalse(condition, entry.RepeatScope, never, keys)))
                {
                    never.Add(entry.QualifiedKey);
                    changed = true;
                    if (!hiddenByContainer && warned.Add(entry.QualifiedKey))
                    {
                        diagnostics.Add(Diagnostic.Warning(
                            "form.field.neverVisible",
                            $"{entry.Field.DefinitionPath}.visibleIf",
                            $"字段“{entry.Field.Key}”的显示条件永远不成立，居民将看不到这一项",
                            $"the visibleIf of field '{entry.Field.Key}' is never true, so residents will never see it"));
                    }
                }
            }
        }
        while (changed);

        return never;
    }

    private static bool AlwaysFalse(CompiledExpression condition, Fields.FormField? scope, HashSet<string> never, IReadOnlySet<string> keys)
    {
        foreach (var reference in condition.References)
        {
            var key = ReferenceResolver.ToFieldKey(reference, scope, keys);
            if (key is null || !never.Contains(key))
            {
                return false;
            }
        }

        // Every field it reads is always empty, so evaluating it on an empty record gives its only possible value.
        // A null condition hides the field, like false.
        var result = condition.Evaluate(condition.Schema.CreateRecord());
        return result.IsSuccess && (result.Value is null || (result.Value is JsonValue value && value.TryGetValue<bool>(out var shown) && !shown));
    }
}
