using FormsEngine.Host.Data;
using FormsEngine.Host.Packs;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;

namespace FormsEngine.Host.Caching;

/// <summary>
/// Brings this node's caches of the given kinds up to the database: loads what other nodes published since. Published
/// definitions are append-only versions, so a reload only adds; the compiled rule sets, which depend on pins and packs,
/// are dropped and compiled again on next use.
/// </summary>
internal sealed class CacheReloader(RuleCatalog rules, PackCatalog packs, WorkflowCatalog workflows, EfWorkflowStore workflowStore, ILogger<CacheReloader> logger)
{
    public async Task ReloadAsync(FormsEngineDbContext db, IReadOnlySet<string> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Contains(CacheKinds.Packs))
        {
            await packs.LoadAsync(db, logger, cancellationToken).ConfigureAwait(false);
        }

        if (kinds.Contains(CacheKinds.Rules))
        {
            await rules.LoadPinsAsync(db, cancellationToken).ConfigureAwait(false);
        }

        if (kinds.Contains(CacheKinds.Packs) || kinds.Contains(CacheKinds.Rules))
        {
            rules.ForgetCompiled();
        }

        if (kinds.Contains(CacheKinds.Workflows))
        {
            workflows.AddStudioVersions(await workflowStore.ListDefinitionsAsync(cancellationToken).ConfigureAwait(false));
        }
    }
}
