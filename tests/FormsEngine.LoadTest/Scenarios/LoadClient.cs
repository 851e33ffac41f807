using System.Net;
using System.Net.Http.Json;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>HTTP clients for the workers: one connection pool and cookie jar each, no redirects followed.</summary>
internal static class LoadClient
{
    public static HttpClient Create(Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        MaxConnectionsPerServer = 4,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A client signed in as a demo staff account through <c>POST /api/v1/session</c> (cookie kept).</summary>
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress, string userName, string password, CancellationToken cancellationToken)
    {
        var client = Create(baseAddress);
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName, password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"sign-in as {userName} answered {(int)response.StatusCode}: is the demo password right (--password)?");
        }

        return client;
    }

    /// <summary>Sends a GET and reads the whole body, as a browser would.</summary>
    public static async Task<Outcome> GetAsync(HttpClient client, string operation, string url, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
        return Outcome.Expect(operation, response, expected);
    }
}
