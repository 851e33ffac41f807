using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>Turns the matching rows into the result the hit policy asks for.</summary>
internal static class HitPolicyResolver
{
    public static DecisionTableResult Resolve(DecisionTable table, ExpressionRecord record, ReadOnlySpan<int> matches)
    {
        int[] matched = [.. matches];
        switch (table.HitPolicy)
        {
            case HitPolicy.Unique when matched.Length > 1:
                return DecisionTableResult.Failure(matched, TableCodes.UniqueViolation,
                    $"命中策略为 UNIQUE，但有 {matched.Length} 行同时符合：{RowsZh(matched)}。请修改这些行，使任何输入只符合一行",
                    $"the hit policy is UNIQUE but {matched.Length} rows match: {RowsEn(matched)}. Change them so that any input matches one row only");
            case HitPolicy.Unique or HitPolicy.First or HitPolicy.Priority or HitPolicy.Any when matched.Length == 0:
                return DecisionTableResult.Success(matched, Defaults(table));
            case HitPolicy.Unique or HitPolicy.First:
                return Single(table, record, matched, matched[0]);
            case HitPolicy.Priority:
                var best = matched[0];
                foreach (var r in matched)
                {
                    best = table.Rows[r].Rank > table.Rows[best].Rank ? r : best;
                }

                return Single(table, record, matched, best);
            case HitPolicy.Any:
                return ResolveAny(table, record, matched);
            case HitPolicy.Collect when table.Aggregation != CollectAggregation.None:
                return Aggregate(table, record, matched);
            default:
                var list = new JsonArray();
                foreach (var r in matched)
                {
                    var (outputs, failure) = RowOutputs(table, record, matched, r);
                    if (failure is not null)
                    {
                        return failure;
                    }

                    list.Add(outputs);
                }

                return DecisionTableResult.Success(matched, list);
        }
    }

    private static DecisionTableResult Single(DecisionTable table, ExpressionRecord record, int[] matched, int row)
    {
        var (outputs, failure) = RowOutputs(table, record, matched, row);
        return failure ?? DecisionTableResult.Success(matched, outputs);
    }

    private static DecisionTableResult ResolveAny(DecisionTable table, ExpressionRecord record, int[] matched)
    {
        var (first, failure) = RowOutputs(table, record, matched, matched[0]);
        if (failure is not null)
        {
            return failure;
        }

        foreach (var r in matched.AsSpan(1))
        {
            var (other, otherFailure) = RowOutputs(table, record, matched, r);
            if (otherFailure is not null)
            {
                return otherFailure;
            }

            if (!JsonNode.DeepEquals(first, other) && !table.Document.Outputs.All(o => OutputValues.Same(first![o.Id], other![o.Id])))
            {
                return DecisionTableResult.Failure(matched, TableCodes.AnyConflict,
                    $"命中策略为 ANY，但符合的行给出的结果不同：{RowsZh([matched[0], r])}（{first!.ToJsonString()} 与 {other!.ToJsonString()}）",
                    $"the hit policy is ANY but matching rows give different outputs: {RowsEn([matched[0], r])} ({first.ToJsonString()} vs {other.ToJsonString()})");
            }
        }

        return DecisionTableResult.Success(matched, first);
    }

    private static DecisionTableResult Aggregate(DecisionTable table, ExpressionRecord record, int[] matched)
    {
        var id = table.Document.Outputs[0].Id;
        decimal? total = table.Aggregation is CollectAggregation.Sum or CollectAggregation.Count ? 0m : null;
        if (table.Aggregation == CollectAggregation.Count)
        {
            return DecisionTableResult.Success(matched, new JsonObject { [id] = matched.Length });
        }

        foreach (var r in matched)
        {
            var cell = table.Rows[r].Outputs[0];
            var number = cell.ConstantNumber;
            if (cell.Expression is not null)
            {
                var (value, failure) = OutputValue(table, record, matched, r, 0);
                if (failure is not null)
                {
                    return failure;
                }

                number = OutputValues.Number(value);
            }

            if (number is null)
            {
                continue;
            }

            try
            {
                total = table.Aggregation switch
                {
                    CollectAggregation.Sum => NumberSemantics.Add(total, number),
                    CollectAggregation.Min => total is { } min && min <= number ? min : number,
                    _ => total is { } max && max >= number ? max : number,
                };
            }
            catch (ExpressionRuntimeException ex)
            {
                return DecisionTableResult.Failure(matched, TableCodes.AggregateFailed, "合计出错：" + ex.MessageZh, "the sum failed: " + ex.MessageEn);
            }
        }

        return DecisionTableResult.Success(matched, new JsonObject { [id] = total is { } t ? JsonValue.Create(NumberSemantics.Normalize(t)) : null });
    }

    private static (JsonObject? Outputs, DecisionTableResult? Failure) RowOutputs(DecisionTable table, ExpressionRecord record, int[] matched, int row)
    {
        var outputs = new JsonObject();
        for (var o = 0; o < table.Document.Outputs.Count; o++)
        {
            var (value, failure) = OutputValue(table, record, matched, row, o);
            if (failure is not null)
            {
                return (null, failure);
            }

            outputs[table.Document.Outputs[o].Id] = value;
        }

        return (outputs, null);
    }

    private static (JsonNode? Value, DecisionTableResult? Failure) OutputValue(DecisionTable table, ExpressionRecord record, int[] matched, int row, int output)
    {
        var cell = table.Rows[row].Outputs[output];
        if (cell.Expression is null)
        {
            return (cell.Constant?.DeepClone(), null);
        }

        var result = cell.Expression.Evaluate(record);
        if (result.IsSuccess)
        {
            return (result.Value, null);
        }

        var column = table.Document.Outputs[output];
        return (null, DecisionTableResult.Failure(matched, TableCodes.OutputFailed,
            $"第 {row + 1} 行（$.rules[{row}]）的输出“{column.Label.Zh}”计算出错：{result.MessageZh}",
            $"output '{column.Id}' of row {row + 1} ($.rules[{row}]) failed: {result.MessageEn}"));
    }

    private static JsonObject? Defaults(DecisionTable table)
    {
        if (!table.HasDefaults)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var output in table.Document.Outputs)
        {
            result[output.Id] = output.Default?.DeepClone();
        }

        return result;
    }

    internal static string RowsZh(IEnumerable<int> rows) =>
        string.Join("、", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"第 {r + 1} 行（$.rules[{r}]）")));

    internal static string RowsEn(IEnumerable<int> rows) =>
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"row {r + 1} ($.rules[{r}])")));
}
