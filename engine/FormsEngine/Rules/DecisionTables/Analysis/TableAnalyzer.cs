using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>
/// Publish-time checks. Each input cell constrains only its own column, so two rows overlap exactly when, column by
/// column, some region satisfies both cells. Gaps are found by a depth-first search over the columns that keeps the
/// rows not yet ruled out and explores each distinct set of survivors once; an empty set is a gap.
/// </summary>
internal static class TableAnalyzer
{
    public static DecisionTableAnalysis Analyze(DecisionTable table)
    {
        var diagnostics = new List<Diagnostic>();
        var rows = table.Rows;
        var columns = table.Columns;
        var domains = new ColumnDomain[columns.Length];
        var exact = true;
        for (var c = 0; c < columns.Length; c++)
        {
            var type = columns[c].Expression.ResultType;
            var cells = rows.Select(r => r.Inputs[c].Test).ToList();
            domains[c] = ColumnDomain.Build(type, cells);
            for (var r = 0; r < rows.Length; r++)
            {
                if (!ColumnDomain.IsExact(cells[r], type))
                {
                    exact = false;
                    diagnostics.Add(Diagnostic.Warning(TableCodes.AnalysisPartial, $"$.rules[{r}].inputEntries[{c}]",
                        $"单元格 {rows[r].Inputs[c].Text} 含表达式，无法精确检查重叠和遗漏；检查时把它当作“可能符合”，不会据此报告重叠",
                        $"cell {rows[r].Inputs[c].Text} holds an expression and cannot be checked exactly for overlaps and gaps; it is treated as 'may match' and never reported as an overlap"));
                }
            }
        }

        var overlaps = Overlaps.Find(table, domains, diagnostics);
        var search = new GapSearch(table, domains);
        var gaps = search.Run();
        foreach (var gap in gaps)
        {
            diagnostics.Add(Diagnostic.Warning(TableCodes.Gap, "$.rules",
                $"有输入不符合任何一行，例如 {gap.DescriptionZh}。可以补一行（例如用 - 表示任意值），或给输出设置 default",
                $"some inputs match no row, e.g. {gap.DescriptionEn}. Add a row (- means any value) or give the outputs a default"));
        }

        if (!search.Finished)
        {
            exact = false;
            diagnostics.Add(Diagnostic.Warning(TableCodes.AnalysisTooLarge, "$.rules",
                $"表格太大，遗漏检查在 {table.Options.MaxAnalysisSteps} 步后停止，只检查了一部分组合",
                $"the table is too large: the gap check stopped after {table.Options.MaxAnalysisSteps} steps and covered only part of the combinations"));
        }

        return new DecisionTableAnalysis(diagnostics, overlaps, gaps, exact);
    }
}
