using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Packs.Features;

/// <summary>The real host with a clock the test moves (China dates of passes), over its own temporary database.</summary>
public sealed class GateHost : IDisposable
{
    private readonly HostFactory _factory = new();

    public GateHost() => App = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));

    internal MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public WebApplicationFactory<Program> App { get; }

    /// <summary>A client signed in as a demo account (again after the clock moved past the cookie's lifetime).</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = App.CreateClient();
        var password = userName == "admin" ? HostFactory.AdminPassword : HostFactory.DemoPassword;
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public Task SettledAsync() =>
        App.Services.GetRequiredService<FormsEngine.Host.Workflows.WorkflowContinuations>().WhenIdleAsync(TimeSpan.FromSeconds(30));

    public void Dispose() => _factory.Dispose();
}

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => start.AddTicks(Interlocked.Read(ref _offsetTicks)) + (DateTimeOffset.UtcNow - Started);

    /// <summary>Today's date in China (UTC+8).</summary>
    public DateOnly ChinaToday => DateOnly.FromDateTime(GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
