namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>
/// Depth-first search for inputs that match no row. At each column the rows still alive (no false cell so far) are
/// narrowed per region; regions leaving the same survivors are explored once, and the search stops after
/// <see cref="DecisionTableOptions.MaxAnalysisSteps"/> steps or <see cref="DecisionTableOptions.MaxReportedGaps"/> gaps.
/// </summary>
internal sealed class GapSearch(DecisionTable table, ColumnDomain[] domains)
{
    private readonly List<DecisionTableGap> _gaps = [];
    private readonly Region[] _chosen = new Region[domains.Length];
    private int _steps;

    public bool Finished { get; private set; } = true;

    public List<DecisionTableGap> Run()
    {
        Visit(0, [.. Enumerable.Range(0, table.Rows.Length)]);
        return _gaps;
    }

    private bool Visit(int column, int[] alive)
    {
        if (alive.Length == 0)
        {
            Report(column);
            return _gaps.Count < table.Options.MaxReportedGaps;
        }

        if (column == domains.Length)
        {
            return true;
        }

        var domain = domains[column];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < domain.Regions.Count; k++)
        {
            if (++_steps > table.Options.MaxAnalysisSteps)
            {
                Finished = false;
                return false;
            }

            var survivors = alive.Where(r => domain.Verdicts[r][k] != Verdict.False).ToArray();
            if (!seen.Add(string.Join(',', survivors)))
            {
                continue;
            }

            _chosen[column] = domain.Regions[k];
            if (!Visit(column + 1, survivors))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(int named)
    {
        var chosen = new Region[domains.Length];
        for (var c = 0; c < chosen.Length; c++)
        {
            chosen[c] = c < named ? _chosen[c] : domains[c].Regions[0];
        }

        var (json, zh, en) = Overlaps.Describe(table, chosen, named);
        _gaps.Add(new DecisionTableGap(json, zh, en));
    }
}
