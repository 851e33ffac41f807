using System.Globalization;
using System.Text;

namespace FormsEngine.FaultTests.Faults;

/// <summary>What one round of the drill measured: one row of the table the test prints.</summary>
internal sealed record RoundReport(
    int Round,
    int KillAfterAcks,
    int Acknowledged,
    int InFlight,
    int InFlightAlreadyStored,
    long StoredTotal,
    long Duplicates,
    long WorkflowsToResume,
    long TimersPendingAtKill,
    long TimersFiredAfterRestart,
    long EscalationsAfterRestart,
    long RestartMs,
    long SettleMs)
{
    public static string Markdown(IEnumerable<RoundReport> rounds)
    {
        var text = new StringBuilder()
            .AppendLine("| round | kill after acks | acknowledged | in flight | in flight already stored | stored (all rounds) | duplicates | workflows to resume | timers and SLAs pending at kill | timers fired after restart | SLA escalations after restart | restart ms | settle ms |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rounds)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Round} | {r.KillAfterAcks} | {r.Acknowledged} | {r.InFlight} | {r.InFlightAlreadyStored} | {r.StoredTotal} | {r.Duplicates} | {r.WorkflowsToResume} | {r.TimersPendingAtKill} | {r.TimersFiredAfterRestart} | {r.EscalationsAfterRestart} | {r.RestartMs} | {r.SettleMs} |");
        }

        return text.ToString();
    }
}
