using FormsEngine.Host.Hosting;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;
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
        // This host's name in the leases it takes on timers, SLAs and outbox rows: one per host, not per process, so
        // two hosts in one process (the multi-node tests) are two lease owners, as two machines would be.
        var ownerId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var services = builder.Services;
        services.AddSingleton(sp => new EfWorkflowStore(sp.GetRequiredService<Data.DatabaseSettings>().WorkflowStorage()));
        services.AddSingleton(sp => new WorkflowRuntime(new WorkflowRuntimeOptions
        {
            Store = sp.GetRequiredService<EfWorkflowStore>(),
            TimeProvider = sp.GetRequiredService<TimeProvider>(),
            Directory = sp.GetRequiredService<IAssigneeDirectory>(),
            Rules = sp.GetRequiredService<Packs.PackRuleEvaluators>(),
            OwnerId = ownerId,
            LeaseDuration = sp.GetRequiredService<IOptions<FormsEngineHostOptions>>().Value.WorkflowLease,
        }));
        services.AddSingleton<IAssigneeDirectory, TenancyAssigneeDirectory>();

        // SMS and WeChat adapters register as INotificationChannel; without one, such messages wait in the outbox
        // with the reason recorded (the in-app channel needs no adapter: its outbox rows are the staff inbox).
        services.AddSingleton(sp => new OutboxDispatcher(
            sp.GetRequiredService<EfWorkflowStore>(),
            sp.GetServices<INotificationChannel>(),
            ownerId));
        services.AddSingleton<WorkflowCatalog>();
        services.AddScoped<StaffInbox>();

        // Registration order is start order: the store and definitions are ready before the first timer tick.
        services.AddHostedService<WorkflowStartupService>();
        services.AddHostedService<WorkflowTimerService>();
        services.AddSingleton<WorkflowContinuations>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowContinuations>());
        services.AddHealthChecks().AddCheck<WorkflowCatalogHealthCheck>("workflows");
        return builder;
    }
}
