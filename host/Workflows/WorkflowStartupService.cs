using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Hosting;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// At start-up: creates the database schema when missing, then publishes every definition under
/// <c>rulepacks/workflows</c>. A version that is already published is left as it is (instances keep the version
/// they started on; a file edited without raising its version is reported); a file that does not load or validate is
/// logged and listed, never fatal.
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

        var published = (await store.ListDefinitionsAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => (d.DefinitionId, d.Version), d => d.Json);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var loaded = WorkflowDefinition.Load(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            if (loaded.Definition is not { } definition)
            {
                Problem(name, loaded.Diagnostics);
                continue;
            }

            if (published.TryGetValue((definition.Id, definition.Version), out var stored))
            {
                // Already published: instances keep that version. An edit without a new version is not applied.
                catalog.AddPublished(definition);
                if (!JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(definition.ToJson())))
                {
                    Problem(name, [Diagnostic.Warning(
                        "workflow.publish.changedWithoutVersion",
                        "$.version",
                        $"流程“{definition.Id}”的文件已修改，但版本号仍是 {definition.Version}：修改不会生效，请提高版本号",
                        $"the file of workflow '{definition.Id}' changed but its version is still {definition.Version}; the change is not applied until the version is raised")]);
                }

                continue;
            }

            var problems = await runtime.PublishAsync(definition, cancellationToken).ConfigureAwait(false);
            if (problems.Count == 0)
            {
                catalog.AddPublished(definition);
                LogPublished(logger, definition.Id, definition.Version);
            }
            else
            {
                Problem(name, problems);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Problem(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        catalog.AddProblem(file, diagnostics);
        LogProblem(logger, file, string.Join("; ", diagnostics));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {Id} v{Version} published")]
    private static partial void LogPublished(ILogger logger, string id, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow file {File} was not published: {Problems}")]
    private static partial void LogProblem(ILogger logger, string file, string problems);
}
