using System.Net;
using System.Text.RegularExpressions;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Resident submissions the way a phone without JavaScript sends them: each worker opens the elderly-allowance page of
/// one demo community and building once (antiforgery cookie and token, valid for every later post), then posts the form
/// (form-urlencoded) with new varied answers and a new idempotency token each time. The host validates, decides
/// eligibility, seals, stores the submission and starts the approval workflow in one transaction and answers 302 to
/// the receipt; anything else is an error. The receipt itself is not fetched.
/// </summary>
internal sealed partial class SubmitScenario(Uri baseAddress) : IScenario
{
    public string Name => "submit";

    public async Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken)
    {
        var (community, buildings) = DemoData.Buildings.ElementAt(index % DemoData.Buildings.Count);
        var url = $"/f/{community}/{DemoData.SubmitForm}?b={buildings[index / DemoData.Buildings.Count % buildings.Length]}";
        var client = LoadClient.Create(baseAddress);
        try
        {
            var page = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellationToken);
            var token = AntiforgeryInput().Match(page) is { Success: true } input && ValueAttribute().Match(input.Value) is { Success: true } value
                ? WebUtility.HtmlDecode(value.Groups[1].Value)
                : throw new InvalidOperationException($"{url} has no antiforgery token");
            return new Worker(client, url, token, new ResidentAnswers(seed: 7919 * (index + 1) + Environment.TickCount));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    private sealed class Worker(HttpClient client, string url, string token, ResidentAnswers answers) : IScenarioWorker
    {
        public async Task<Outcome> RunOnceAsync(CancellationToken cancellationToken)
        {
            var fields = answers.Next();
            fields.Add(new("__RequestVerificationToken", token));
            fields.Add(new("_idem", Guid.NewGuid().ToString("N")));
            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, cancellationToken);
            var outcome = Outcome.Expect("submit", response, HttpStatusCode.Redirect);
            return outcome.Error is null && response.Headers.Location?.OriginalString.Contains("/receipt/", StringComparison.Ordinal) != true
                ? outcome with { Error = "302 not to a receipt" }
                : outcome;
        }

        public void Dispose() => client.Dispose();
    }
}
