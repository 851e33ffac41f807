using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>
/// The parameter overrides of street offices and communities, and the effective configuration they give (pack
/// defaults &lt; street &lt; community). Reads go through the tenant filters: a community sees its street's level and
/// its own, never another community's.
/// </summary>
internal sealed class PackSettings(FormsEngineDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The effective configuration of <paramref name="pack"/> for <paramref name="communityId"/> (the street level when null).</summary>
    public async Task<PackConfiguration> EffectiveAsync(RulePack pack, string streetId, string? communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var (street, community) = await LevelsAsync(pack.Manifest.Id, streetId, communityId, cancellationToken).ConfigureAwait(false);
        return PackConfiguration.Resolve(pack.Manifest, street, community);
    }

    /// <summary>The overrides saved at each level: the street's, and the community's (null when <paramref name="communityId"/> is null).</summary>
    public async Task<(JsonObject? Street, JsonObject? Community)> LevelsAsync(string packId, string streetId, string? communityId, CancellationToken cancellationToken)
    {
        var rows = await db.PackSettings.AsNoTracking()
            .Where(s => s.PackId == packId && s.StreetId == streetId && (s.CommunityId == PackSettingsRow.StreetLevel || s.CommunityId == communityId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? Parse(string level) => rows.Find(r => r.CommunityId == level) is { } row ? JsonNode.Parse(row.ValuesJson) as JsonObject : null;
        return (Parse(PackSettingsRow.StreetLevel), communityId is null ? null : Parse(communityId));
    }

    /// <summary>
    /// Merges <paramref name="changes"/> into the level's overrides (a null value removes one) after checking each
    /// against <paramref name="pack"/>; nothing is saved when any is refused.
    /// </summary>
    public async Task<IReadOnlyList<Diagnostic>> SaveAsync(RulePack pack, string streetId, string? communityId, JsonObject changes, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(changes);
        var set = new JsonObject();
        foreach (var (name, value) in changes.Where(c => c.Value is not null))
        {
            set[name] = value!.DeepClone();
        }

        var problems = PackConfiguration.CheckOverrides(pack.Manifest, set).ToList();
        problems.AddRange(changes.Where(c => c.Value is null && pack.ParameterSchema.Fields.All(f => f.Name != c.Key))
            .Select(c => Diagnostic.Error("pack.param.unknown", "$." + c.Key, $"规则包没有参数“{c.Key}”", $"the pack has no parameter '{c.Key}'")));
        if (problems.Count > 0)
        {
            return problems;
        }

        var level = communityId ?? PackSettingsRow.StreetLevel;
        var packId = pack.Manifest.Id;
        var row = await db.PackSettings.FirstOrDefaultAsync(s => s.PackId == packId && s.StreetId == streetId && s.CommunityId == level, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new PackSettingsRow { StreetId = streetId, CommunityId = level, PackId = packId, ValuesJson = "{}", UpdatedBy = actor };
            db.PackSettings.Add(row);
        }

        var values = JsonNode.Parse(row.ValuesJson) as JsonObject ?? [];
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                values.Remove(name);
            }
            else
            {
                values[name] = value.DeepClone();
            }
        }

        row.ValuesJson = values.ToJsonString();
        row.UpdatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        row.UpdatedBy = actor;
        audit.Add(actor, "pack.settings", packId, streetId, communityId, changes.ToJsonString());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }
}
