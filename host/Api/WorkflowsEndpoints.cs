using FormsEngine.Host.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Api;

/// <summary>Read-only list of the published workflow definitions: <c>/api/v1/workflows</c>.</summary>
internal static class WorkflowsEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/workflows").WithTags("Workflows").RequireAuthorization(Accounts.AccountsHostExtensions.StaffPolicy).MapGet("/", List);
        return app;
    }

    internal static Ok<WorkflowSummary[]> List(WorkflowCatalog catalog) =>
        TypedResults.Ok(catalog.Published.Select(d => new WorkflowSummary(d.Id, d.Name, d.Version, d.ActivityTypes.Count)).ToArray());
}

/// <summary>One line of the workflow list.</summary>
internal sealed record WorkflowSummary(string Id, string? Name, int Version, int Activities);
