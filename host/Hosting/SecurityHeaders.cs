namespace FormsEngine.Host.Hosting;

/// <summary>
/// Headers on every response: no MIME sniffing, no framing by other sites, same-origin referrers, and a content
/// security policy that allows only this host's own scripts and styles (the resident pages have no inline script).
/// The studio (Blazor) adds its own needs in its own branch of the pipeline.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/studio", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = Policy;
            }

            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
