using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FormsEngine.Host.Forms;

/// <summary>Healthy when the rule packs folder was found; degraded when some form files did not load.</summary>
internal sealed class FormCatalogHealthCheck(FormCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (catalog.RootPath is null)
        {
            return Task.FromResult(HealthCheckResult.Degraded("no rulepacks folder found"));
        }

        return Task.FromResult(catalog.Problems.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{catalog.Problems.Count} form file(s) did not load"));
    }
}
