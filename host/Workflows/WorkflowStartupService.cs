using FormsEngine.Host.Hosting;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// At start-up: creates the database schema when missing, then publishes every definition under
/// <c>rulepacks/workflows</c>. A version that is already published is left as it is (instances keep the version
/// they started on); a file that does not load or validate is logged and listed, never fatal.
/// </summary>
internal sealed partial class WorkflowStartupService(
    EfWorkflowStore store,
    WorkflowRuntime runtime,
    WorkflowCatalog catalog,
    IOptions<FormsEngineHostOptions> options,
    IHostEnvironment environment,
    ILogger<WorkflowStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var root = RulePacksLocator.Locate(options.Value.RulePacksPath, environment.ContentRootPath);
        var folder = root is null ? null : Path.Combine(root, "workflows");
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var loaded = WorkflowDefinition.Load(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            if (loaded.Definition is not { } definition)
            {
                Problem(name, loaded.Diagnostics);
                continue;
            }

            var problems = await runtime.PublishAsync(definition, cancellationToken).ConfigureAwait(false);
            if (problems.Count == 0 || problems.All(p => p.Code == "workflow.publish.exists"))
            {
                catalog.AddPublished(definition);
                LogPublished(logger, definition.Id, definition.Version, problems.Count > 0);
            }
            else
            {
                Problem(name, problems);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Problem(string file, IReadOnlyList<FormsEngine.Diagnostics.Diagnostic> diagnostics)
    {
        catalog.AddProblem(file, diagnostics);
        LogProblem(logger, file, string.Join("; ", diagnostics));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {Id} v{Version} ready (already published before: {Existing})")]
    private static partial void LogPublished(ILogger logger, string id, int version, bool existing);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow file {File} was not published: {Problems}")]
    private static partial void LogProblem(ILogger logger, string file, string problems);
}
