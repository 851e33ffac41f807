using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Hosting;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// At start-up: creates the database schema when missing, then publishes every definition under
/// <c>rulepacks/workflows</c>. A version that is already published is left as it is (instances keep the version
/// they started on; a file edited without raising its version is reported); a file that does not load or validate is
/// logged and listed, never fatal. Versions published from the studio win over the files: when the newest stored
/// version of a workflow came from the studio (<see cref="Studio.Workflows.StudioPublication"/>), a file with a new
/// version number is not published but reported, so a restart never overrides staff's edits; a file whose content
/// equals a stored version apart from its number is not published again. Studio versions join the catalog too.
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

        var rows = await store.ListDefinitionsAsync(cancellationToken).ConfigureAwait(false);
        var published = rows.ToDictionary(d => (d.DefinitionId, d.Version), d => d.Json);
        catalog.AddStudioVersions(rows);
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

            if (StudioOrSameVersion(rows, definition) is { } skipped)
            {
                Problem(name, [skipped]);
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

    /// <summary>Why a file's new version is not published (the studio's is newer, or the content is already stored), or null to publish it.</summary>
    private static Diagnostic? StudioOrSameVersion(IReadOnlyList<DefinitionRow> rows, WorkflowDefinition file)
    {
        var stored = rows.Where(r => r.DefinitionId == file.Id).ToList();
        if (stored.MaxBy(r => r.Version) is { } latest && Studio.Workflows.StudioPublication.IsFromStudio(latest.Json))
        {
            return Diagnostic.Warning("workflow.publish.studioNewer", "$.version",
                $"流程“{file.Id}”的最新版本 {latest.Version} 由工作台发布，文件版本 {file.Version} 未发布：请在工作台中修改",
                $"the latest version {latest.Version} of workflow '{file.Id}' was published from the studio; file version {file.Version} was not published (edit it in the studio)");
        }

        var content = WithoutVersion(file.ToJson());
        return stored.Any(r => JsonNode.DeepEquals(WithoutVersion(r.Json), content))
            ? Diagnostic.Warning("workflow.publish.sameContent", "$.version",
                $"流程“{file.Id}”文件版本 {file.Version} 的内容与已发布版本相同，未重复发布",
                $"file version {file.Version} of workflow '{file.Id}' has the content of a published version and was not published again")
            : null;
    }

    private static JsonNode? WithoutVersion(string json)
    {
        var node = JsonNode.Parse(json);
        if (node is JsonObject document)
        {
            document.Remove("version");
        }

        return node;
    }

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
