using System.Threading.RateLimiting;
using FormsEngine.Host.Hosting;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Resident;

/// <summary>
/// Resident posts are limited per client address (<see cref="FormsEngineHostOptions.ResidentPostsPerMinute"/> a
/// minute, fixed window); the excess gets a friendly Chinese 429 page that says nothing typed is lost. Behind a
/// reverse proxy, configure forwarded headers so the address is the resident's, not the proxy's.
/// </summary>
internal static class ResidentRateLimiting
{
    public const string PostPolicy = "resident-post";

    public static IServiceCollection AddResidentRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PostPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<FormsEngineHostOptions>>().Value.ResidentPostsPerMinute;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await ResidentPages.TooMany().ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }
}
