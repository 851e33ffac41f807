using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Rules.DecisionTables.Evaluation;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>Finds pairs of rows that some input matches both of, and reports them as the hit policy requires.</summary>
internal static class Overlaps
{
    public static List<DecisionTableOverlap> Find(DecisionTable table, ColumnDomain[] domains, List<Diagnostic> diagnostics)
    {
        var rows = table.Rows;
        var result = new List<DecisionTableOverlap>();
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = i + 1; j < rows.Length; j++)
            {
                if (Example(table, domains, i, j) is not { } example)
                {
                    continue;
                }

                var same = SameOutputs(rows[i], rows[j]);
                result.Add(new DecisionTableOverlap(i, j, example.Json, same));
                var pair = HitPolicyResolver.RowsZh([i, j]);
                var pairEn = HitPolicyResolver.RowsEn([i, j]);
                if (table.HitPolicy == HitPolicy.Unique)
                {
                    diagnostics.Add(Diagnostic.Error(TableCodes.Overlap, $"$.rules[{j}]",
                        $"{pair}有重叠：例如 {example.Zh} 时两行都符合。UNIQUE 要求任何输入只符合一行，请收窄其中一行的条件，或改用 FIRST/PRIORITY",
                        $"{pairEn} overlap: e.g. {example.En} matches both. UNIQUE requires every input to match one row only; narrow one of them or use FIRST/PRIORITY"));
                }
                else if (table.HitPolicy == HitPolicy.Any && !same)
                {
                    diagnostics.Add(Diagnostic.Warning(TableCodes.Overlap, $"$.rules[{j}]",
                        $"{pair}有重叠但输出不同：例如 {example.Zh} 时两行都符合，ANY 会得到失败结果",
                        $"{pairEn} overlap with different outputs: e.g. {example.En} matches both, and ANY will fail"));
                }
            }
        }

        return result;
    }

    private static (JsonObject Json, string Zh, string En)? Example(DecisionTable table, ColumnDomain[] domains, int i, int j)
    {
        var chosen = new Region[domains.Length];
        for (var c = 0; c < domains.Length; c++)
        {
            var a = domains[c].Verdicts[i];
            var b = domains[c].Verdicts[j];
            var region = -1;
            for (var k = 0; k < a.Length && region < 0; k++)
            {
                region = a[k] == Verdict.True && b[k] == Verdict.True ? k : -1;
            }

            if (region < 0)
            {
                return null;
            }

            chosen[c] = domains[c].Regions[region];
        }

        return Describe(table, chosen, chosen.Length);
    }

    /// <summary>The column values of <paramref name="chosen"/> as JSON, and the first <paramref name="named"/> of them as text.</summary>
    public static (JsonObject Json, string Zh, string En) Describe(DecisionTable table, Region[] chosen, int named)
    {
        var json = new JsonObject();
        var zh = new List<string>();
        var en = new List<string>();
        for (var c = 0; c < chosen.Length; c++)
        {
            var column = table.Columns[c].Definition;
            json[column.Id] = chosen[c].ToJson();
            if (c < named)
            {
                zh.Add($"{column.Label.Zh} = {chosen[c].DescriptionZh}");
                en.Add($"{column.Label.En ?? column.Id} = {chosen[c].DescriptionEn}");
            }
        }

        return (json, string.Join("，", zh), string.Join(", ", en));
    }

    private static bool SameOutputs(CompiledRow a, CompiledRow b)
    {
        for (var o = 0; o < a.Outputs.Length; o++)
        {
            var x = a.Outputs[o];
            var y = b.Outputs[o];
            var same = x.Expression is null && y.Expression is null
                ? OutputValues.Same(x.Constant, y.Constant)
                : x.Expression is not null && y.Expression is not null && string.Equals(x.Expression.Source.Trim(), y.Expression.Source.Trim(), StringComparison.Ordinal);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
