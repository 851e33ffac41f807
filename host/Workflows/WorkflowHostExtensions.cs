using FormsEngine.Host.Hosting;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// The durable workflow runtime in the host: an EF Core store on the SQLite file under the data folder, the runtime,
/// start-up publishing of <c>rulepacks/workflows</c>, and the timer service that fires waits, SLAs and outbox delivery.
/// </summary>
internal static class WorkflowHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineWorkflows(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FormsEngineHostOptions>>().Value;
            var path = DataFolder.DatabasePath(options);
            return new EfWorkflowStore(WorkflowStorageOptions.Sqlite(path));
        });
        services.AddSingleton(sp => new WorkflowRuntime(new WorkflowRuntimeOptions
        {
            Store = sp.GetRequiredService<EfWorkflowStore>(),
            TimeProvider = sp.GetRequiredService<TimeProvider>(),
        }));
        services.AddSingleton<WorkflowCatalog>();

        // Registration order is start order: the store and definitions are ready before the first timer tick.
        services.AddHostedService<WorkflowStartupService>();
        services.AddHostedService<WorkflowTimerService>();
        services.AddHealthChecks().AddCheck<WorkflowCatalogHealthCheck>("workflows");
        return builder;
    }
}
