using FormsEngine.Host.Data;

namespace FormsEngine.Host.Tenancy;

/// <summary>
/// A DI scope whose <see cref="TenantScope"/> is <see cref="TenantScope.IsSystem"/>: for the background work that
/// crosses tenants on purpose (start-up, the assignee directory, form and key caches). Requests never use it.
/// </summary>
internal sealed class SystemScope : IDisposable
{
    private readonly IServiceScope _scope;

    private SystemScope(IServiceScope scope)
    {
        _scope = scope;
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public FormsEngineDbContext Db => _scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();

    public static SystemScope Create(IServiceScopeFactory scopes) => new(scopes.CreateScope());

    public void Dispose() => _scope.Dispose();
}
