using System.Net;
using FormsEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel socket (127.0.0.1, a free port) so that a browser can reach it. Same settings as
/// the host tests' HostFactory: environment "Testing", a fresh temporary <c>FormsEngine:DataPath</c>, and with
/// FORMSENGINE_TEST_DATABASE=postgres a throw-away PostgreSQL database of its own (<see cref="TestDatabases"/>).
/// </summary>
public sealed class BrowserHost : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("formsengine-browser-").FullName;

    public BrowserHost()
    {
        // Port 0: the OS picks a free port, so parallel runs and a developer's own host never collide.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The seeded <c>admin</c> account's password (the same setting as the host tests' HostFactory).</summary>
    public const string AdminPassword = "admin-test-password-1";

    /// <summary>The demo staff accounts' password (dongqu.staff, dongqu.grid1, …).</summary>
    public const string DemoPassword = "demo-test-password-1";

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234/</c>; set by <see cref="Start"/>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts Kestrel and reads back the port it bound.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The host started without a listening address.");
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("FormsEngine:DataPath", _data);
        builder.UseSetting("FormsEngine:AdminPassword", AdminPassword);
        builder.UseSetting("FormsEngine:DemoPassword", DemoPassword);
        // Every browser test posts from 127.0.0.1; the per-address limit is tested in the host tests, not here.
        builder.UseSetting("FormsEngine:ResidentPostsPerMinute", "100000");
        if (TestDatabases.OnPostgres)
        {
            builder.UseSetting("FormsEngine:Database", "postgres");
            builder.UseSetting("ConnectionStrings:FormsEngine", TestDatabases.EnsureCreated(_data));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (TestDatabases.OnPostgres)
            {
                TestDatabases.Drop(_data);
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
