using System.Text.RegularExpressions;
using FormsEngine.Designer.Resident;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Submissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Resident;

/// <summary>
/// The resident form pages: static server-rendered HTML that works with JavaScript off. <c>GET /f/{community}/{form}</c>
/// shows the form (<c>?b=</c> carries the building of a door QR code); <c>POST</c> checks the antiforgery token, applies
/// add/remove of repeat items, stores the files, and submits; errors come back next to each field with everything the
/// resident typed kept; success redirects to the receipt.
/// </summary>
internal static partial class ResidentEndpoints
{
    public static IEndpointRouteBuilder MapResidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/f/{community}/{form}").ExcludeFromDescription();
        group.MapGet("/", Show);
        group.MapPost("/", Submit).DisableAntiforgery().RequireRateLimiting(ResidentRateLimiting.PostPolicy);
        group.MapGet("/receipt/{id}", Receipt);
        return app;
    }

    internal static async Task<IResult> Show(string community, string form, string? b, HttpContext context, ResidentTargets targets, IAntiforgery antiforgery, ResidentScripts scripts, TimeProvider clock)
    {
        var target = await targets.FindAsync(community, form, b, context.RequestAborted).ConfigureAwait(false);
        if (target is null)
        {
            return ResidentPages.NotFound();
        }

        if (!target.IsOpen(clock.GetUtcNow()))
        {
            return ResidentPages.Closed(target);
        }

        return Page(context, target, antiforgery, scripts, clock, new PageState([], null, []), StatusCodes.Status200OK);
    }

    internal static async Task<IResult> Submit(string community, string form, string? b, HttpContext context, ResidentTargets targets, IAntiforgery antiforgery,
        ResidentScripts scripts, SubmissionService submissions, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var target = await targets.FindAsync(community, form, b, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return ResidentPages.NotFound();
        }

        if (!context.Request.HasFormContentType)
        {
            return ResidentPages.BadRequest("请通过表单页面提交。");
        }

        IFormCollection posted;
        try
        {
            posted = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ResidentPages.TooLarge();
        }
        catch (InvalidDataException)
        {
            // Multipart limits (a part or the form too long, too many fields) raise this.
            return ResidentPages.TooLarge();
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // A multipart body cut short: a dropped connection on a weak network, or a client that lies about its body.
            return ResidentPages.BadRequest("提交的内容不完整（可能是网络中断），请返回表单页面重新提交。");
        }

        var post = FormPostReader.Read(target.Form.Form, posted);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            var expired = Diagnostic.Error("page.expired", null, "页面已过期，请核对后再次点击提交（您填写的内容都还在）", "the page expired; submit again");
            return Page(context, target, antiforgery, scripts, clock, new PageState(post.Answers, null, [expired]), StatusCodes.Status400BadRequest);
        }

        if (!target.IsOpen(clock.GetUtcNow()))
        {
            return ResidentPages.Closed(target);
        }

        if (post.Action.Kind != FormActionKind.Submit)
        {
            post.ApplyAction(target.Form.Form);
            return Page(context, target, antiforgery, scripts, clock, new PageState(post.Answers, null, []), StatusCodes.Status200OK);
        }

        var (uploads, uploadErrors) = await ResidentUploads.ReadAsync(target.Form.Form, post, posted.Files, cancellationToken).ConfigureAwait(false);
        if (uploadErrors.Count > 0)
        {
            return Page(context, target, antiforgery, scripts, clock, new PageState(post.Answers, null, uploadErrors), StatusCodes.Status422UnprocessableEntity);
        }

        var token = post.IdempotencyToken is { } t && TokenShape().IsMatch(t) ? t : Guid.NewGuid().ToString("N");
        var request = new SubmissionRequest(target.Publication, post.Answers, token, "resident") { Building = target.Building, Uploads = uploads };
        return await submissions.SubmitAsync(request, cancellationToken).ConfigureAwait(false) switch
        {
            SubmitResult.Accepted accepted => Results.Redirect($"{target.Url}/receipt/{accepted.Submission.Id}", permanent: false, preserveMethod: false),
            SubmitResult.Invalid invalid => Page(context, target, antiforgery, scripts, clock,
                new PageState(post.Answers, null, invalid.Errors), StatusCodes.Status422UnprocessableEntity),
            _ => ResidentPages.Closed(target),
        };
    }

    internal static async Task<IResult> Receipt(string community, string form, string id, HttpContext context, ResidentTargets targets, Data.FormsEngineDbContext db)
    {
        var target = await targets.FindAsync(community, form, null, context.RequestAborted).ConfigureAwait(false);
        var submission = target is null || id.Length > 64
            ? null
            : await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.PublicationId == target.Publication.Id, context.RequestAborted).ConfigureAwait(false);
        if (target is null || submission is null)
        {
            return ResidentPages.NotFound();
        }

        NoStore(context);
        return ResidentPages.Receipt(target, submission, ResidentScripts.EnhancementUrl);
    }

    private static ContentHttpResult Page(HttpContext context, ResidentTarget target, IAntiforgery antiforgery, ResidentScripts scripts, TimeProvider clock, PageState state, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new FormPageModel
        {
            Form = target.Form,
            CommunityName = target.Community.Name,
            ActionUrl = target.Building is null ? target.Url : $"{target.Url}?b={Uri.EscapeDataString(target.Building.Id)}",
            Answers = state.Answers,
            Normalized = state.Normalized,
            Errors = state.Errors,
            AntiforgeryFieldName = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken!,
            IdempotencyToken = Guid.NewGuid().ToString("N"),
            StylesheetUrl = ResidentScripts.StylesheetUrl,
            RuntimeScriptUrl = scripts.RuntimeUrl,
            FormScriptUrl = ResidentScripts.FormScriptUrl(target),
            EnhancementScriptUrl = ResidentScripts.EnhancementUrl,
            Today = ChinaTime.Today(clock),
        };
        NoStore(context);
        return TypedResults.Content(FormPageRenderer.Render(model), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>Pages carrying antiforgery tokens or a receipt are never cached by a shared proxy or the browser.</summary>
    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex TokenShape();

    private sealed record PageState(System.Text.Json.Nodes.JsonObject Answers, System.Text.Json.Nodes.JsonObject? Normalized, IReadOnlyList<Diagnostic> Errors);
}
