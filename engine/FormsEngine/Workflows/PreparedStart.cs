using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Workflows;

/// <summary>The unsaved first step of a new instance, from <see cref="WorkflowRuntime.PrepareStartAsync(string, System.Text.Json.Nodes.JsonObject, string, CancellationToken)"/>.</summary>
/// <param name="InstanceId">The id the instance will have.</param>
/// <param name="DefinitionId">The workflow definition.</param>
/// <param name="DefinitionVersion">The published version it runs on.</param>
/// <param name="Commit">The rows to save in the caller's transaction.</param>
public sealed record PreparedStart(string InstanceId, string DefinitionId, int DefinitionVersion, StepCommit Commit);
