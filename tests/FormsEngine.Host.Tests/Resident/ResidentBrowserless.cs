using System.Net;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>
/// A resident with JavaScript off, driven over HTTP: loads a form page, keeps its cookies and hidden tokens, and posts
/// the HTML form the way a browser would (form-urlencoded or multipart).
/// </summary>
internal sealed class ResidentBrowserless : IDisposable
{
    private readonly HttpClient _client;

    public ResidentBrowserless(HostFactory factory)
    {
        _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public string Html { get; private set; } = "";

    public string? AntiforgeryToken { get; private set; }

    public string? IdempotencyToken { get; private set; }

    public HttpClient Client => _client;

    public async Task<HttpResponseMessage> OpenAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        await ReadAsync(response);
        return response;
    }

    /// <summary>Posts fields plus the page's tokens; <paramref name="keepIdem"/> false drops the idempotency token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool keepIdem = true)
    {
        var all = new List<KeyValuePair<string, string>>(fields);
        if (AntiforgeryToken is not null)
        {
            all.Add(new("__RequestVerificationToken", AntiforgeryToken));
        }

        if (keepIdem && IdempotencyToken is not null)
        {
            all.Add(new("_idem", IdempotencyToken));
        }

        using var content = new FormUrlEncodedContent(all);
        var response = await _client.PostAsync(new Uri(url, UriKind.Relative), content);
        await ReadAsync(response);
        return response;
    }

    public async Task<HttpResponseMessage> PostMultipartAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string fileField, string fileName, string contentType, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(AntiforgeryToken ?? ""), "__RequestVerificationToken");
        content.Add(new StringContent(IdempotencyToken ?? ""), "_idem");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, fileField, fileName);
        var response = await _client.PostAsync(new Uri(url, UriKind.Relative), content);
        await ReadAsync(response);
        return response;
    }

    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var response = await _client.GetAsync(redirect.Headers.Location!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _client.Dispose();

    private async Task ReadAsync(HttpResponseMessage response)
    {
        Html = await response.Content.ReadAsStringAsync();
        if (Hidden("__RequestVerificationToken") is { } token)
        {
            AntiforgeryToken = token;
        }

        if (Hidden("_idem") is { } idem)
        {
            IdempotencyToken = idem;
        }
    }

    /// <summary>The value of the page's input named <paramref name="name"/>, read like every other posted field.</summary>
    private string? Hidden(string name) =>
        HtmlForm.Post(Html).Where(p => p.Key == name).Select(p => p.Value.ToString()).FirstOrDefault();
}
