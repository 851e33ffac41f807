using System.Net;
using System.Text.RegularExpressions;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// A resident with JavaScript off, over real HTTP: opens the form page (antiforgery cookie and token, the page's
/// one-time <c>_idem</c> token) and posts the answers. A retry after a lost answer opens the page again for a fresh
/// antiforgery token but posts the SAME <c>_idem</c>, which is what keeps a retried post from being stored twice.
/// </summary>
internal sealed partial class ResidentClient : IDisposable
{
    public const string FormPath = "f/xinhua-dongqu/elderly-allowance?b=dongqu-b1";

    private readonly HttpClient _client;

    public ResidentClient(Uri baseAddress, TimeSpan timeout)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout };
    }

    /// <summary>Opens the page; returns its page token (<c>_idem</c>) and antiforgery token.</summary>
    public async Task<(string Idem, string Antiforgery)> OpenAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri(FormPath, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return (Hidden(html, "_idem"), Hidden(html, "__RequestVerificationToken"));
    }

    /// <summary>Posts; a 302 to <c>…/receipt/{id}</c> is success, and the id is returned.</summary>
    public async Task<PostAnswer> PostAsync(Applicant applicant, string idem, string antiforgery, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>(applicant.Fields)
        {
            new("__RequestVerificationToken", antiforgery),
            new("_idem", idem),
        };
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _client.PostAsync(new Uri(FormPath, UriKind.Relative), content, cancellationToken);
        var location = response.Headers.Location?.OriginalString;
        var receiptId = response.StatusCode == HttpStatusCode.Redirect && location is not null && location.Contains("/receipt/", StringComparison.Ordinal)
            ? location[(location.LastIndexOf('/') + 1)..]
            : null;
        return new PostAnswer((int)response.StatusCode, receiptId);
    }

    public void Dispose() => _client.Dispose();

    private static string Hidden(string html, string name)
    {
        foreach (Match input in Input().Matches(html))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"表单页面缺少 {name} / the form page has no {name} input");
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("\\svalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}

/// <summary>What a post got back: the HTTP status and, on success, the stored submission's id from the receipt link.</summary>
internal sealed record PostAnswer(int Status, string? ReceiptId)
{
    public bool Acknowledged => ReceiptId is not null;
}
