using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Caching;
using FormsEngine.Host.Data;
using FormsEngine.Packs;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>
/// Imports a pack version for a street office, validating everything before anything is stored: the engine's full
/// check (files, hash, schemas, expressions, workflows), the publisher and id ownership, a version number that is not
/// reused for different content, workflow versions that are not reused for different definitions, and every golden
/// case. Then, in one transaction, the version (as its .zip), a new version of each of its forms and the links between
/// them; then its workflows are published and the catalog learns it.
/// </summary>
internal sealed class PackImporter(
    FormsEngineDbContext db,
    PackCatalog catalog,
    PackCaseVerifier verifier,
    WorkflowRuntime runtime,
    EfWorkflowStore workflowStore,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<PackImportResult> ImportAsync(PackLoadResult loaded, string streetId, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Pack is not { } pack)
        {
            return new PackImportResult(null, loaded.Problems);
        }

        var manifest = pack.Manifest;
        var version = manifest.Version.ToString();
        var problems = new List<PackProblem>();
        if (manifest.PublisherId != streetId)
        {
            problems.Add(Problem(PackLoader.ManifestFile, "$.publisher.id", $"规则包的发布单位是“{manifest.PublisherId}”，不是本街道（{streetId}）", $"the pack is published by '{manifest.PublisherId}', not by this street office ({streetId})"));
        }

        var stored = await db.PackVersions.IgnoreQueryFilters().AsNoTracking().Where(p => p.PackId == manifest.Id)
            .Select(p => new { p.Version, p.StreetId, p.ContentHash }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (stored.Exists(s => s.StreetId != streetId))
        {
            problems.Add(Problem(PackLoader.ManifestFile, "$.id", $"规则包编号“{manifest.Id}”已被其他街道使用", $"pack id '{manifest.Id}' belongs to another street office"));
        }
        else if (stored.Find(s => s.Version == version) is { } same)
        {
            if (same.ContentHash == pack.ContentHash)
            {
                return new PackImportResult(catalog.Find(manifest.Id, version) ?? pack, loaded.Problems, AlreadyImported: true);
            }

            problems.Add(Problem(PackLoader.ManifestFile, "$.version", $"版本 {version} 已导入过且内容不同：请提高版本号", $"version {version} was imported before with different content: raise the version"));
        }

        await CheckOwnershipAsync(pack, problems, cancellationToken).ConfigureAwait(false);
        foreach (var result in await verifier.RunAsync(pack, cancellationToken).ConfigureAwait(false))
        {
            foreach (var failure in result.Failures)
            {
                problems.Add(Problem(result.Case.File, $"$.cases[{result.Case.Index}]", $"黄金用例“{result.Case.Name}”未通过：{failure}", $"golden case '{result.Case.Name}' failed: {failure}"));
            }
        }

        if (pack.Cases.Count == 0)
        {
            problems.Add(Problem("cases/", null, "规则包没有黄金用例：导入前至少需要一个用例", "the pack has no golden cases: at least one is required to import it"));
        }

        if (problems.Count > 0)
        {
            return new PackImportResult(null, [.. loaded.Problems, .. problems]);
        }

        var formVersions = await StoreAsync(pack, streetId, actor, cancellationToken).ConfigureAwait(false);
        foreach (var workflow in pack.Workflows.Values)
        {
            await runtime.PublishAsync(workflow, cancellationToken).ConfigureAwait(false);
        }

        catalog.Add(pack, formVersions);
        return new PackImportResult(pack, loaded.Problems);
    }

    private async Task CheckOwnershipAsync(RulePack pack, List<PackProblem> problems, CancellationToken cancellationToken)
    {
        var formIds = pack.Forms.Keys.ToList();
        var foreign = await db.FormVersions.IgnoreQueryFilters().AsNoTracking().Where(f => formIds.Contains(f.FormId))
            .Select(f => f.FormId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var ours = await db.PackForms.IgnoreQueryFilters().AsNoTracking().Where(f => f.PackId == pack.Manifest.Id && formIds.Contains(f.FormId))
            .Select(f => f.FormId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in foreign.Except(ours))
        {
            problems.Add(Problem($"forms/{id}.json", "$.id", $"表单编号“{id}”已被其他表单使用：请换一个编号", $"form id '{id}' is used by another form: choose another id"));
        }

        var definitions = await workflowStore.ListDefinitionsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var workflow in pack.Workflows.Values)
        {
            var existing = definitions.FirstOrDefault(d => d.DefinitionId == workflow.Id && d.Version == workflow.Version);
            if (existing is not null && !JsonNode.DeepEquals(JsonNode.Parse(existing.Json), JsonNode.Parse(workflow.ToJson())))
            {
                problems.Add(Problem($"workflows/{workflow.Id}.json", "$.version", $"流程“{workflow.Id}”第 {workflow.Version} 版已发布且内容不同：修改流程时请提高它的 version",
                    $"workflow '{workflow.Id}' version {workflow.Version} is already published with different content: raise its version when changing it"));
            }
        }
    }

    private async Task<List<(string FormId, int FormVersion)>> StoreAsync(RulePack pack, string streetId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var manifest = pack.Manifest;
        var version = manifest.Version.ToString();
        using var zip = new MemoryStream();
        PackBuilder.Write(pack, zip);
        db.PackVersions.Add(new PackVersionRow
        {
            PackId = manifest.Id,
            Version = version,
            StreetId = streetId,
            ContentHash = pack.ContentHash,
            ManifestJson = manifest.Source.ToJsonString(),
            Content = zip.ToArray(),
            ImportedAt = now,
            ImportedBy = actor,
        });

        // Each pack version gets its own form versions: a form version then means one set of rules, parameters and workflow.
        var formIds = pack.Forms.Keys.ToList();
        var latest = await db.FormVersions.IgnoreQueryFilters().Where(f => formIds.Contains(f.FormId))
            .GroupBy(f => f.FormId).Select(g => new { FormId = g.Key, Version = g.Max(f => f.Version) })
            .ToDictionaryAsync(g => g.FormId, g => g.Version, cancellationToken).ConfigureAwait(false);
        var saved = new List<(string, int)>();
        foreach (var (formId, form) in pack.Forms.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var formVersion = latest.GetValueOrDefault(formId) + 1;
            var json = JsonNode.Parse(form.Form.ToJson())!.AsObject();
            json["version"] = formVersion;
            db.FormVersions.Add(new FormVersionRow
            {
                FormId = formId,
                Version = formVersion,
                Json = json.ToJsonString(),
                StreetId = streetId,
                ChangeNote = $"规则包 {manifest.Id} {version}",
                CreatedAt = now,
                CreatedBy = actor,
            });
            db.PackForms.Add(new PackFormRow { PackId = manifest.Id, PackVersion = version, FormId = formId, FormVersion = formVersion, StreetId = streetId });
            saved.Add((formId, formVersion));
        }

        audit.Add(actor, "pack.import", $"{manifest.Id}@{version}", streetId, null, pack.ContentHash);
        await CacheStamps.BumpAsync(db, CacheKinds.Packs, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }

    private static PackProblem Problem(string file, string? path, string zh, string en) => new(file, Diagnostic.Error("pack.import", path, zh, en));
}
