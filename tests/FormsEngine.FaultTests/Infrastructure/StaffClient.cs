using System.Net;
using System.Net.Http.Json;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>A demo staff account signed in on one node through <c>POST /api/v1/session</c>, its cookie kept.</summary>
internal static class StaffClient
{
    public static async Task<HttpClient> SignInAsync(Uri node, string userName, CancellationToken cancellationToken = default)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsJsonAsync(new Uri("api/v1/session", UriKind.Relative), new { userName, password = DrillFolder.DemoPassword }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return client;
    }
}
