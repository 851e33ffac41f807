using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Packs;
using FormsEngine.Packs.Allocation;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Allocation;

/// <summary>
/// Runs an allocation batch for the caller's community: every household whose workflow ended verified and that no
/// earlier batch allocated is a candidate (last batch's waitlist first, in its order); the community's effective
/// quota and tie-break parameters apply; each household's place is stored with its explanation and the per-grid
/// fairness audit is written to the audit log.
/// </summary>
internal sealed class PackAllocator(FormsEngineDbContext db, TenantScope scope, PackCatalog catalog, PackSettings settings, WorkflowRuntime runtime, AuditLog audit, TimeProvider clock)
{
    public async Task<PackOutcome<AllocationBatch>> RunAsync(ClaimsPrincipal user, string packId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.CommunityAdmin) && !user.IsInRole(StaffRoles.CommunityStaff))
        {
            return PackOutcome<AllocationBatch>.Forbidden("只有社区管理员和工作人员可以分配物资", "only community admins and staff may run an allocation");
        }

        if (AllocationSpec.For(packId) is not { } spec || scope.CommunityId is not { } community || scope.StreetId is not { } street
            || await db.PackPublications.AsNoTracking().FirstOrDefaultAsync(p => p.PackId == packId && p.CommunityId == community, cancellationToken).ConfigureAwait(false) is not { } publication
            || catalog.Find(packId, publication.Version) is not { } pack)
        {
            return PackOutcome<AllocationBatch>.NotFound($"本社区没有可分配的规则包“{packId}”", $"this community has no allocatable pack '{packId}'");
        }

        var values = (await settings.EffectiveAsync(pack, street, community, cancellationToken).ConfigureAwait(false)).Values;
        var quota = (int)(JsonNumbers.Decimal(values[spec.QuotaParameter]) ?? 0);
        var tieBreak = values[spec.TieBreakParameter]?.GetValue<string>() ?? "";
        var earlier = await db.Allocations.Where(a => a.PackId == packId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var lastBatch = earlier.Count == 0 ? 0 : earlier.Max(a => a.Batch);
        var candidates = await CandidatesAsync(spec, tieBreak, earlier, lastBatch, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return PackOutcome<AllocationBatch>.Invalid("没有待分配的已核实家庭", "there are no verified households waiting for an allocation", []);
        }

        var (placements, groups) = QuotaAllocator.Allocate(candidates.Select(c => c.Candidate), quota, spec.Tiers, tieBreak);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var byId = candidates.ToDictionary(c => c.Candidate.Id, StringComparer.Ordinal);
        foreach (var placement in placements)
        {
            db.Allocations.Add(new AllocationRow
            {
                StreetId = street,
                CommunityId = community,
                PackId = packId,
                Batch = lastBatch + 1,
                InstanceId = placement.Candidate.Id,
                SubmissionId = byId[placement.Candidate.Id].SubmissionId,
                Group = placement.Candidate.Group,
                Position = placement.Position,
                Allocated = placement.Allocated,
                WaitlistPosition = placement.WaitlistPosition,
                Explanation = placement.ExplanationZh,
                At = now,
                By = user.UserName(),
            });
        }

        audit.Add(user.UserName(), "pack.allocate", $"{packId}#{lastBatch + 1}", street, community, JsonSerializer.Serialize(groups));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PackOutcome<AllocationBatch>.Done(new AllocationBatch(lastBatch + 1, quota, tieBreak,
            [.. placements.Select(p => new AllocationBatchEntry(p.Candidate.Label, p.Candidate.Group, p.Position, p.Allocated, p.WaitlistPosition, p.ExplanationZh))], groups),
            $"第 {lastBatch + 1} 批已分配：{placements.Count(p => p.Allocated)} 户，候补 {placements.Count(p => !p.Allocated)} 户",
            $"batch {lastBatch + 1}: {placements.Count(p => p.Allocated)} allocated, {placements.Count(p => !p.Allocated)} waiting");
    }

    /// <summary>The newest batch of the caller's community, or not found.</summary>
    public async Task<PackOutcome<AllocationBatch>> LatestAsync(string packId, CancellationToken cancellationToken)
    {
        var rows = await db.Allocations.AsNoTracking().Where(a => a.PackId == packId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0 || scope.CommunityId is null)
        {
            return PackOutcome<AllocationBatch>.NotFound("本社区还没有分配记录", "this community has no allocation yet");
        }

        var batch = rows.Max(r => r.Batch);
        var references = await db.Submissions.AsNoTracking().Where(s => rows.Select(r => r.SubmissionId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Reference, cancellationToken).ConfigureAwait(false);
        var entries = rows.Where(r => r.Batch == batch).OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => new AllocationBatchEntry(references.GetValueOrDefault(r.SubmissionId, r.SubmissionId), r.Group, r.Position, r.Allocated, r.WaitlistPosition, r.Explanation)).ToList();
        return PackOutcome<AllocationBatch>.Done(new AllocationBatch(batch, 0, "", entries, []));
    }

    private async Task<List<(AllocationCandidate Candidate, string SubmissionId)>> CandidatesAsync(AllocationSpec spec, string tieBreak, List<AllocationRow> earlier, int lastBatch, CancellationToken cancellationToken)
    {
        var allocated = earlier.Where(a => a.Allocated).Select(a => a.InstanceId).ToHashSet(StringComparer.Ordinal);
        var waiting = earlier.Where(a => a.Batch == lastBatch && !a.Allocated).ToDictionary(a => a.InstanceId, a => a.WaitlistPosition, StringComparer.Ordinal);
        var started = await (from w in db.SubmissionWorkflows.AsNoTracking()
                             join s in db.Submissions.AsNoTracking() on w.SubmissionId equals s.Id
                             where w.DefinitionId == spec.WorkflowId
                             select new { w.InstanceId, w.SubmissionId, w.GridId, s.Reference, s.SubmittedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<(AllocationCandidate, string)>();
        foreach (var row in started.Where(r => !allocated.Contains(r.InstanceId)))
        {
            var view = await runtime.GetInstanceAsync(row.InstanceId, cancellationToken).ConfigureAwait(false);
            if (view is not { Status: WorkflowStatus.Completed } || view.EndStatus != spec.Status || view.Data["input"] is not JsonObject input)
            {
                continue;
            }

            var tier = spec.Tiers.ToList().IndexOf(input[spec.TierField]?.ToString() ?? "");
            var tieField = spec.TieBreakFields.GetValueOrDefault(tieBreak);
            candidates.Add((new AllocationCandidate(row.InstanceId, input[spec.GroupField]?.ToString() ?? row.GridId ?? "未分网格", tier < 0 ? spec.Tiers.Count : tier,
                JsonNumbers.Decimal(input[spec.ScoreField]) ?? 0, tieField is null ? 0 : JsonNumbers.Decimal(input[tieField]) ?? 0, DateTimeOffset.FromUnixTimeMilliseconds(row.SubmittedAt), row.Reference)
            {
                CarriedWaitlistPosition = waiting.GetValueOrDefault(row.InstanceId),
            }, row.SubmissionId));
        }

        return candidates;
    }

}
