using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FormsEngine.Host.Tests;

/// <summary>The real host over real HTTP (in-memory transport), optionally pointed at another rulepacks folder.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    /// <summary>A rulepacks folder to use instead of the repository's.</summary>
    public string? RulePacksPath { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (RulePacksPath is not null)
        {
            builder.UseSetting("FormsEngine:RulePacksPath", RulePacksPath);
        }
    }
}
