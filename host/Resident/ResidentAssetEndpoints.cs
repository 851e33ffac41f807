using FormsEngine.Designer.Resident;
using Microsoft.Net.Http.Headers;

namespace FormsEngine.Host.Resident;

/// <summary>
/// The resident page's static assets: CSS, the enhancement script, the expression runtime and each form version's
/// compiled script. URLs carry a version, so responses are cached for a year (immutable); ETags answer revalidation.
/// </summary>
internal static class ResidentAssetEndpoints
{
    private const string Immutable = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapResidentAssetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/resident.css", (HttpContext context) =>
            Serve(context, ResidentAssets.Stylesheet.Bytes, ResidentAssets.Stylesheet.ContentType, ResidentAssets.Stylesheet.Hash)).ExcludeFromDescription();
        app.MapGet("/assets/resident.js", (HttpContext context) =>
            Serve(context, ResidentAssets.Script.Bytes, ResidentAssets.Script.ContentType, ResidentAssets.Script.Hash)).ExcludeFromDescription();
        app.MapGet("/assets/formsexpr-runtime.js", (HttpContext context, ResidentScripts scripts) =>
            Serve(context, scripts.Runtime, "text/javascript; charset=utf-8", scripts.RuntimeHash)).ExcludeFromDescription();
        app.MapGet("/f/{community}/{form}/form.js", async (string community, string form, HttpContext context, ResidentTargets targets, ResidentScripts scripts) =>
        {
            var target = await targets.FindAsync(community, form, null, context.RequestAborted).ConfigureAwait(false);
            return target is null
                ? Results.NotFound()
                : Serve(context, scripts.FormScript(target.Form), "text/javascript; charset=utf-8", $"{target.Form.Form.Id}@{target.Form.Form.Version}");
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, ReadOnlyMemory<byte> bytes, string contentType, string version)
    {
        var etag = new EntityTagHeaderValue($"\"{Uri.EscapeDataString(version)}\"");
        context.Response.Headers.CacheControl = Immutable;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(bytes, contentType, entityTag: etag);
    }
}
