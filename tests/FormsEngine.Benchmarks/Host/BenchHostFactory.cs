extern alias host;

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Benchmarks.Host;

/// <summary>
/// The real host (environment "Testing", demo data, SQLite in WAL mode on a file in a fresh temporary folder) with one
/// extra endpoint that exists only here: <c>POST /__bench/empty</c>, which reads the form body and answers 204. It is
/// mapped on the host's own route table after the host's endpoints, so it passes the same middleware (exception
/// handler, authentication, tenant scope, authorization, rate limiter, security headers) and routing as a resident
/// post. The resident rate limit is lifted and the timer service slowed so neither shows up in the numbers.
/// </summary>
internal sealed class BenchHostFactory : WebApplicationFactory<host::Program>
{
    public const string EmptyPath = "/__bench/empty";
    public const string AdminPassword = "admin-bench-password-1";
    public const string DemoPassword = "demo-bench-password-1";

    public string DataPath { get; } = Directory.CreateTempSubdirectory("formsengine-bench-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("FormsEngine:AdminPassword", AdminPassword);
        builder.UseSetting("FormsEngine:DemoPassword", DemoPassword);
        builder.UseSetting("FormsEngine:DataPath", DataPath);
        builder.UseSetting("FormsEngine:ResidentPostsPerMinute", "100000000");
        builder.UseSetting("FormsEngine:TimerInterval", TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, EmptyEndpointFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the OS is left for the temp cleaner; no measurement depends on it.
            }
        }
    }

    /// <summary>
    /// Adds the baseline endpoint to the route table of the WebApplication. Minimal hosting wraps the host's pipeline in
    /// <c>UseRouting()</c> inside <c>next</c>, which leaves the WebApplication in the pipeline's properties under
    /// "__EndpointRouteBuilder"; the matcher reads the endpoints on the first request, so one mapped here is matched
    /// like any of the host's. Setup checks that the endpoint answers 204.
    /// </summary>
    private sealed class EmptyEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            if (!app.Properties.TryGetValue("__EndpointRouteBuilder", out var value) || value is not IEndpointRouteBuilder routes)
            {
                throw new InvalidOperationException("the host's route table was not found; the baseline endpoint cannot be mapped");
            }

            routes.MapPost(EmptyPath, async (HttpContext context) =>
            {
                _ = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                return Results.NoContent();
            }).DisableAntiforgery();
        };
    }
}
