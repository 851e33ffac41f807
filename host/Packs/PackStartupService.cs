using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Packs;

/// <summary>
/// After the database is migrated and the workflows are published: loads every stored pack version into the catalog,
/// imports the demo packs of <c>rulepacks/packs</c> that are new, and moves communities whose upgrade deadline passed.
/// </summary>
internal sealed class PackStartupService(IServiceScopeFactory scopes, PackCatalog catalog, ILogger<PackStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = SystemScope.Create(scopes);
        await catalog.LoadAsync(scope.Db, logger, cancellationToken).ConfigureAwait(false);
        await scope.Services.GetRequiredService<PackDemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await scope.Services.GetRequiredService<PackPublisher>().ApplyDueAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
