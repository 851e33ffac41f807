using FormsEngine.Expressions;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>
/// The hot path: each input column is evaluated once into the evaluation record, then each row's cell predicates run
/// in order, stopping at the first false cell (and, under FIRST, at the first matching row). Matching allocates nothing;
/// only the result does.
/// </summary>
internal static class TableEvaluator
{
    private const int StackLimit = 256;

    public static DecisionTableResult Run(DecisionTable table, ExpressionRecord record)
    {
        var columns = table.Columns;
        for (var c = 0; c < columns.Length; c++)
        {
            try
            {
                columns[c].Write(record);
            }
            catch (ExpressionRuntimeException ex)
            {
                var label = columns[c].Definition.Label;
                return DecisionTableResult.Failure([], TableCodes.InputFailed,
                    $"输入列“{label.Zh}”计算出错：{ex.MessageZh}", $"input column '{columns[c].Definition.Id}' failed: {ex.MessageEn}");
            }
        }

        var rows = table.Rows;
        Span<int> matches = rows.Length <= StackLimit ? stackalloc int[rows.Length] : new int[rows.Length];
        var count = 0;
        var firstOnly = table.HitPolicy == HitPolicy.First;
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].Inputs;
            var matched = true;
            for (var c = 0; c < cells.Length && matched; c++)
            {
                if (cells[c].Predicate is not { } predicate)
                {
                    continue;
                }

                try
                {
                    matched = predicate(record);
                }
                catch (ExpressionRuntimeException ex)
                {
                    return DecisionTableResult.Failure([.. matches[..count]], TableCodes.CellFailed,
                        $"第 {r + 1} 行（$.rules[{r}]）“{table.Columns[c].Definition.Label.Zh}”列的单元格 {cells[c].Text} 计算出错：{ex.MessageZh}",
                        $"row {r + 1} ($.rules[{r}]), cell {cells[c].Text} of column '{table.Columns[c].Definition.Id}' failed: {ex.MessageEn}");
                }
            }

            if (matched)
            {
                matches[count++] = r;
                if (firstOnly)
                {
                    break;
                }
            }
        }

        return HitPolicyResolver.Resolve(table, record, matches[..count]);
    }

    /// <summary>Every cell of every row, without short-circuits, for explanations. Column values are already in <paramref name="record"/>.</summary>
    public static List<DecisionRowTrace> Trace(DecisionTable table, ExpressionRecord record)
    {
        var values = table.Columns.Select(c => c.Expression.Evaluate(record)).ToArray();
        var trace = new List<DecisionRowTrace>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var cells = new List<DecisionCellTrace>(row.Inputs.Length);
            for (var c = 0; c < row.Inputs.Length; c++)
            {
                var cell = row.Inputs[c];
                var value = values[c];
                var inputId = table.Columns[c].Definition.Id;
                if (!value.IsSuccess)
                {
                    cells.Add(new DecisionCellTrace(inputId, cell.Text, null, null, value.ErrorCode));
                }
                else if (cell.Expression is null)
                {
                    cells.Add(new DecisionCellTrace(inputId, cell.Text, value.Value?.DeepClone(), true, null));
                }
                else
                {
                    var verdict = cell.Expression.Evaluate(record);
                    cells.Add(new DecisionCellTrace(inputId, cell.Text, value.Value?.DeepClone(),
                        verdict.IsSuccess ? verdict.Value?.GetValue<bool>() ?? false : null, verdict.ErrorCode));
                }
            }

            trace.Add(new DecisionRowTrace(row.Index, cells.TrueForAll(c => c.Result == true), cells));
        }

        return trace;
    }
}
