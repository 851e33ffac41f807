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
        int count;
        try
        {
            count = Match(rows, record, matches, table.HitPolicy == HitPolicy.First);
        }
        catch (ExpressionRuntimeException)
        {
            return CellFailure(table, record);
        }

        return HitPolicyResolver.Resolve(table, record, matches[..count]);
    }

    /// <summary>
    /// The matching loop. It has no exception handler of its own, so the JIT keeps its locals in registers; a runtime
    /// error is handled by <see cref="CellFailure"/>, which runs the rows again to find the cell that failed.
    /// </summary>
    private static int Match(CompiledRow[] rows, ExpressionRecord record, Span<int> matches, bool firstOnly)
    {
        var count = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].Inputs;
            var matched = true;
            for (var c = 0; c < cells.Length && matched; c++)
            {
                matched = cells[c].Predicate is not { } predicate || predicate(record);
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

        return count;
    }

    /// <summary>The slow path after a runtime error: finds the first failing cell (evaluation is deterministic) and names it.</summary>
    private static DecisionTableResult CellFailure(DecisionTable table, ExpressionRecord record)
    {
        var matched = new List<int>();
        foreach (var row in table.Rows)
        {
            var isMatch = true;
            for (var c = 0; c < row.Inputs.Length && isMatch; c++)
            {
                var cell = row.Inputs[c];
                if (cell.Predicate is not { } predicate)
                {
                    continue;
                }

                try
                {
                    isMatch = predicate(record);
                }
                catch (ExpressionRuntimeException ex)
                {
                    var r = row.Index;
                    return DecisionTableResult.Failure(matched, TableCodes.CellFailed,
                        $"第 {r + 1} 行（$.rules[{r}]）“{table.Columns[c].Definition.Label.Zh}”列的单元格 {cell.Text} 计算出错：{ex.MessageZh}",
                        $"row {r + 1} ($.rules[{r}]), cell {cell.Text} of column '{table.Columns[c].Definition.Id}' failed: {ex.MessageEn}");
                }
            }

            if (isMatch)
            {
                matched.Add(row.Index);
            }
        }

        throw new InvalidOperationException("A cell failed once but not when evaluated again.");
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
