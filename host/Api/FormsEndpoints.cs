using FormsEngine.Host.Forms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Api;

/// <summary>Read-only form catalog API: <c>/api/v1/forms</c>.</summary>
internal static class FormsEndpoints
{
    public static IEndpointRouteBuilder MapFormsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/forms").WithTags("Forms");
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        return app;
    }

    internal static Ok<FormSummary[]> List(FormCatalog catalog) =>
        TypedResults.Ok(catalog.All.Select(f => new FormSummary(f.Id, f.Title.Zh, f.Title.En, f.Version)).ToArray());

    internal static Results<ContentHttpResult, ProblemHttpResult> Get(string id, FormCatalog catalog)
    {
        var form = catalog.Find(id);
        if (form is null)
        {
            return BilingualProblem.Create(
                StatusCodes.Status404NotFound,
                "form.notFound",
                $"找不到表单“{id}”，请检查链接是否完整",
                $"there is no form '{id}'; check that the link is complete");
        }

        return TypedResults.Content(form.ToJson(), "application/json; charset=utf-8");
    }
}

/// <summary>One line of the form list.</summary>
internal sealed record FormSummary(string Id, string Title, string? TitleEn, int Version);
