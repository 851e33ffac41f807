using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// Runs the fields' custom validations (<c>{ "expression", "message" }</c>) on the coerced answers. A validation is
/// checked only when its field has an answer (emptiness is the business of <c>required</c>); false fails with the
/// form's own message, null passes, and a runtime error fails with the error's message.
/// </summary>
internal static class CustomValidations
{
    public const string FailedCode = "answer.custom";
    public const string ErrorCode = "answer.custom.error";

    public static List<Diagnostic> Check(CompiledForm form, JsonObject normalized)
    {
        var errors = new List<Diagnostic>();
        if (form.Validated.Count == 0)
        {
            return errors;
        }

        var records = new ScopeRecords(form, normalized);
        foreach (var entry in form.Validated)
        {
            if (entry.RepeatScope is not { } group)
            {
                Check(entry, normalized, records.For(normalized, null), JsonPaths.Root, form, errors);
                continue;
            }

            if (normalized[group.Key] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item)
                    {
                        var parent = JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, group.Key), i);
                        Check(entry, item, records.For(item, group), parent, form, errors);
                    }
                }
            }
        }

        return errors;
    }

    private static void Check(Analysis.AnalyzedField entry, JsonObject scope, Expressions.ExpressionRecord record, string parent, CompiledForm form, List<Diagnostic> errors)
    {
        var field = entry.Field;
        if (scope[field.Key] is null)
        {
            return;
        }

        var compiled = form.Analysis.For(entry.QualifiedKey)!.Validations;
        for (var i = 0; i < compiled.Count; i++)
        {
            if (compiled[i] is not { } condition)
            {
                continue;
            }

            var result = condition.Evaluate(record);
            var path = JsonPaths.Property(parent, field.Key);
            if (!result.IsSuccess)
            {
                errors.Add(Diagnostic.Error(ErrorCode, path, $"无法检查此项：{result.MessageZh}", $"this answer could not be checked: {result.MessageEn}"));
            }
            else if (result.Value is JsonValue value && value.TryGetValue<bool>(out var ok) && !ok)
            {
                var message = field.Validations[i].Message;
                errors.Add(Diagnostic.Error(FailedCode, path, message.Zh, message.En ?? message.Zh));
            }
        }
    }
}
