using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// Evaluates every <c>calculate</c> expression into the answers, top level and per repeat item. Calculations may
/// read each other (the analysis has ruled out cycles), so passes repeat until nothing changes.
/// </summary>
internal static class Calculations
{
    public static void Apply(CompiledForm form, JsonObject answers, ScopeRecords records)
    {
        if (form.Calculated.Count == 0)
        {
            return;
        }

        for (var pass = 0; pass <= form.Calculated.Count; pass++)
        {
            var changed = false;
            foreach (var entry in form.Calculated)
            {
                var expression = form.Analysis.For(entry.QualifiedKey)!.Calculate!;
                if (entry.RepeatScope is not { } group)
                {
                    changed |= Set(answers, entry.Field.Key, expression.Evaluate(records.For(answers, null)));
                    continue;
                }

                if (answers[group.Key] is JsonArray items)
                {
                    foreach (var item in items)
                    {
                        if (item is JsonObject scope)
                        {
                            changed |= Set(scope, entry.Field.Key, expression.Evaluate(records.For(scope, group)));
                        }
                    }
                }
            }

            if (!changed)
            {
                return;
            }

            records.Invalidate();
        }
    }

    /// <summary>Copies every calculated answer from <paramref name="source"/> to the same place in <paramref name="target"/>.</summary>
    public static void CopyResults(CompiledForm form, JsonObject source, JsonObject target)
    {
        foreach (var entry in form.Calculated)
        {
            var key = entry.Field.Key;
            if (entry.RepeatScope is not { } group)
            {
                Copy(source, target, key);
            }
            else if (source[group.Key] is JsonArray from && target[group.Key] is JsonArray to)
            {
                for (var i = 0; i < Math.Min(from.Count, to.Count); i++)
                {
                    if (from[i] is JsonObject a && to[i] is JsonObject b)
                    {
                        Copy(a, b, key);
                    }
                }
            }
        }
    }

    private static void Copy(JsonObject source, JsonObject target, string key)
    {
        if (source[key] is { } value)
        {
            target[key] = value.DeepClone();
        }
        else
        {
            target.Remove(key);
        }
    }

    /// <summary>Writes a calculated value (a failed or null result clears the answer); true when it changed.</summary>
    private static bool Set(JsonObject scope, string key, Expressions.ExpressionResult result)
    {
        var value = result.IsSuccess ? result.Value?.DeepClone() : null;
        var had = scope.TryGetPropertyValue(key, out var current) && current is not null;
        if (value is null)
        {
            scope.Remove(key);
            return had;
        }

        if (JsonNode.DeepEquals(current, value))
        {
            return false;
        }

        scope[key] = value;
        return true;
    }
}
