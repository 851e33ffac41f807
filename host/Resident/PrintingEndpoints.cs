using FormsEngine.Host.Hosting;
using FormsEngine.Host.Printing;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Resident;

/// <summary>
/// The QR code of a published form (PNG and SVG) and its printable A4 poster for building doors. With <c>?b=</c> the
/// code carries the building, so submissions route to that building's grid worker.
/// </summary>
internal static class PrintingEndpoints
{
    public static IEndpointRouteBuilder MapPrintingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/f/{community}/{form}").ExcludeFromDescription();
        group.MapGet("/qr.png", async (string community, string form, string? b, HttpContext context, ResidentTargets targets, IOptions<FormsEngineHostOptions> options) =>
            await FindAsync(community, form, b, context, targets).ConfigureAwait(false) is { } target
                ? Results.File(QrCodes.Png(PublicUrl(context, target, options.Value), 10), "image/png", $"{target.Publication.FormId}-qr.png")
                : ResidentPages.NotFound());
        group.MapGet("/qr.svg", async (string community, string form, string? b, HttpContext context, ResidentTargets targets, IOptions<FormsEngineHostOptions> options) =>
            await FindAsync(community, form, b, context, targets).ConfigureAwait(false) is { } target
                ? Results.Text(QrCodes.Svg(PublicUrl(context, target, options.Value)), "image/svg+xml; charset=utf-8")
                : ResidentPages.NotFound());
        group.MapGet("/poster", async (string community, string form, string? b, HttpContext context, ResidentTargets targets, IOptions<FormsEngineHostOptions> options, TimeProvider clock) =>
        {
            if (await FindAsync(community, form, b, context, targets).ConfigureAwait(false) is not { } target)
            {
                return ResidentPages.NotFound();
            }

            var today = ChinaTime.Today(clock);
            var communityName = target.Building is null ? target.Community.Name : $"{target.Community.Name} · {target.Building.Name}";
            var model = new PosterModel(target.Form.Form.Title.Zh, communityName, PublicUrl(context, target, options.Value), target.Street.Name, today);
            return Results.Content(PosterPage.Render(model), "text/html; charset=utf-8");
        });
        return app;
    }

    private static Task<ResidentTarget?> FindAsync(string community, string form, string? building, HttpContext context, ResidentTargets targets) =>
        targets.FindAsync(community, form, building, context.RequestAborted);

    /// <summary>The absolute URL residents open: <see cref="FormsEngineHostOptions.PublicBaseUrl"/> when set (behind a proxy), else this request's origin.</summary>
    private static string PublicUrl(HttpContext context, ResidentTarget target, FormsEngineHostOptions options)
    {
        var origin = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{context.Request.Scheme}://{context.Request.Host}" : options.PublicBaseUrl.TrimEnd('/');
        var building = target.Building is null ? "" : "?b=" + Uri.EscapeDataString(target.Building.Id);
        return origin + target.Url + building;
    }
}
