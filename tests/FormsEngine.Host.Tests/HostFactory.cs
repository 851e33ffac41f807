using System.Net.Http.Json;
using FormsEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests;

/// <summary>
/// The real host over real HTTP (in-memory transport), optionally pointed at another rulepacks folder. On SQLite by
/// default; with FORMSENGINE_TEST_DATABASE=postgres on a throw-away PostgreSQL database named after its data folder
/// (<see cref="TestDatabases"/>) unless the test's own <see cref="Settings"/> choose the database.
/// </summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("formsengine-host-").FullName;

    /// <summary>The password of the demo street admin <c>admin</c> in tests.</summary>
    public const string AdminPassword = "admin-test-password-1";

    /// <summary>The password of every other demo account in tests.</summary>
    public const string DemoPassword = "demo-test-password-1";

    /// <summary>The data folder in use.</summary>
    public string DataPath => DataPathOverride ?? _data;

    /// <summary>A client signed in as a demo account (e.g. <c>dongqu.staff</c>, <c>admin</c>), keeping its cookie.</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string userName)
    {
        var client = CreateClient();
        var password = userName == "admin" ? AdminPassword : DemoPassword;
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Waits until the workflows started by submissions have run on to their first wait (tasks created).</summary>
    public Task WorkflowsSettledAsync() =>
        Services.GetRequiredService<FormsEngine.Host.Workflows.WorkflowContinuations>().WhenIdleAsync(TimeSpan.FromSeconds(30));

    /// <summary>A data folder to use instead of a fresh temporary one (e.g. to start twice over the same database).</summary>
    public string? DataPathOverride { get; init; }

    /// <summary>How often the workflow timer service runs (default: the host's 5 s).</summary>
    public TimeSpan? TimerInterval { get; init; }

    /// <summary>Resident posts allowed per client address and minute (tests share one address, so the default is high).</summary>
    public int ResidentPostsPerMinute { get; init; } = 100_000;

    /// <summary>Further settings, e.g. the database provider and its connection string.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>A rulepacks folder to use instead of the repository's.</summary>
    public string? RulePacksPath { get; init; }

    /// <summary>True when the suite's switch puts this host on its own PostgreSQL database.</summary>
    public bool OnTestPostgres => TestDatabases.OnPostgres && !Settings.ContainsKey("FormsEngine:Database");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("FormsEngine:AdminPassword", AdminPassword);
        builder.UseSetting("FormsEngine:DemoPassword", DemoPassword);
        builder.UseSetting("FormsEngine:DataPath", DataPath);
        builder.UseSetting("FormsEngine:ResidentPostsPerMinute", ResidentPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (TimerInterval is { } interval)
        {
            builder.UseSetting("FormsEngine:TimerInterval", interval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (OnTestPostgres)
        {
            builder.UseSetting("FormsEngine:Database", "postgres");
            builder.UseSetting("ConnectionStrings:FormsEngine", TestDatabases.EnsureCreated(DataPath));
        }

        if (RulePacksPath is not null)
        {
            builder.UseSetting("FormsEngine:RulePacksPath", RulePacksPath);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OnTestPostgres && DataPathOverride is null)
            {
                // A shared data folder's database outlives this host for the restart that follows; a later sweep drops it.
                TestDatabases.Drop(DataPath);
            }

            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
            }
        }
    }
}
