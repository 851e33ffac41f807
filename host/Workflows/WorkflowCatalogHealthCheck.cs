using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FormsEngine.Host.Workflows;

/// <summary>Degraded when a workflow file under rulepacks could not be published, or changed without a new version.</summary>
internal sealed class WorkflowCatalogHealthCheck(WorkflowCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Problems.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{catalog.Problems.Count} workflow file(s) were not published or changed without a new version"));
}
