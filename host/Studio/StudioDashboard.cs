using FormsEngine.Designer.Operations;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio;

/// <summary>The dashboard's submission counts, grouped in the database (per China-time day, per grid, per outcome).</summary>
internal static class StudioDashboard
{
    private const long DayMs = 86_400_000;
    private const long ChinaOffsetMs = 8 * 3_600_000;

    public static async Task<DashboardData> CountAsync(FormsEngineDbContext db, DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        var today = (now.ToUnixTimeMilliseconds() + ChinaOffsetMs) / DayMs;
        var firstDay = today - days + 1;
        var since = firstDay * DayMs - ChinaOffsetMs;
        var recent = db.Submissions.AsNoTracking().Where(s => s.SubmittedAt >= since);

        var perDay = await recent.GroupBy(s => (s.SubmittedAt + ChinaOffsetMs) / DayMs).Select(g => new { Day = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Day, g => g.Count, cancellationToken).ConfigureAwait(false);
        var perGrid = await recent.GroupBy(s => s.GridId ?? "").Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var perOutcome = await recent.GroupBy(s => s.Outcome ?? "").Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var epoch = DateOnly.FromDateTime(DateTime.UnixEpoch);
        var dayCounts = Enumerable.Range(0, days).Select(i => firstDay + i)
            .Select(d => new DayCount(epoch.AddDays((int)d), perDay.GetValueOrDefault(d))).ToList();
        return new DashboardData(
            dayCounts,
            perGrid.OrderByDescending(g => g.Count).Select(g => new NamedCount(g.Key, g.Count)).ToList(),
            perOutcome.OrderByDescending(g => g.Count).Select(g => new NamedCount(g.Key, g.Count)).ToList(),
            0,
            0);
    }

    /// <summary>The latest <paramref name="count"/> submissions in scope and where each one's workflow stands.</summary>
    public static async Task<IReadOnlyList<RecentSubmission>> RecentAsync(FormsEngineDbContext db, WorkflowRuntime runtime, int count, CancellationToken cancellationToken)
    {
        var rows = await db.Submissions.AsNoTracking().OrderByDescending(s => s.SubmittedAt).Take(count)
            .Select(s => new { s.Id, s.Reference, s.FormId, s.SubmittedAt, s.Outcome }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var instances = await db.SubmissionWorkflows.AsNoTracking().Where(w => ids.Contains(w.SubmissionId))
            .Select(w => new { w.SubmissionId, w.InstanceId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var recent = new List<RecentSubmission>(rows.Count);
        foreach (var row in rows)
        {
            var instanceId = instances.Find(i => i.SubmissionId == row.Id)?.InstanceId;
            var instance = instanceId is null ? null : await runtime.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var waiting = instance is null ? null : string.Join("；", instance.OpenTasks.Select(t => $"{t.Title}（{t.AssigneeName}）"));
            recent.Add(new RecentSubmission(row.Id, row.Reference, row.FormId, DateTimeOffset.FromUnixTimeMilliseconds(row.SubmittedAt).ToOffset(ChinaTime.Offset), row.Outcome,
                instance?.Status.ToString() ?? "None", string.IsNullOrEmpty(waiting) ? null : waiting, instance?.EndStatus));
        }

        return recent;
    }
}
