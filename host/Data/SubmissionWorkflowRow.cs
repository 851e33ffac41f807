using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// Ties a workflow instance (engine table <c>wf_instances</c>) to the submission and tenant it serves. The staff inbox
/// shows a task only when its instance is visible here under the caller's tenant filter.
/// </summary>
internal sealed class SubmissionWorkflowRow : ITenantOwned
{
    public required string InstanceId { get; set; }

    public required string SubmissionId { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public string? GridId { get; set; }

    public required string DefinitionId { get; set; }
}
