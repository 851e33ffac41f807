using System.Net;
using System.Text.RegularExpressions;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Resident page views: <c>GET /f/{community}/{form}?b={building}</c> of every published form the landing page links
/// (the four demo forms and the rule packs' forms, in both demo communities), each worker starting at a different one.
/// Forms that do not answer 200 before the run (e.g. a closed campaign) are left out and listed.
/// </summary>
internal sealed partial class PageScenario(Uri baseAddress, TextWriter log) : IScenario
{
    private readonly Lock _gate = new();
    private Task<string[]>? _targets;

    public string Name => "page";

    public async Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken)
    {
        var targets = await TargetsAsync(cancellationToken);
        return new Worker(LoadClient.Create(baseAddress), targets, index);
    }

    /// <summary>The targets, discovered once (by the first worker) and shared by every later one.</summary>
    private Task<string[]> TargetsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _targets ??= DiscoverAsync(cancellationToken);
        }
    }

    private async Task<string[]> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var client = LoadClient.Create(baseAddress);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);
        var urls = FormLink().Matches(home).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct(StringComparer.Ordinal).ToList();
        var targets = new List<string>();
        var skipped = new List<string>();
        foreach (var url in urls)
        {
            var community = url.Split('/')[2];
            var withBuilding = DemoData.Buildings.TryGetValue(community, out var buildings) ? $"{url}?b={buildings[targets.Count % buildings.Length]}" : url;
            using var response = await client.GetAsync(new Uri(withBuilding, UriKind.Relative), cancellationToken);
            (response.StatusCode == HttpStatusCode.OK ? targets : skipped).Add(response.StatusCode == HttpStatusCode.OK ? withBuilding : $"{url} ({(int)response.StatusCode})");
        }

        log.WriteLine($"page: {targets.Count} published form pages{(skipped.Count > 0 ? $"; left out: {string.Join(", ", skipped)}" : "")}");
        return targets.Count > 0 ? [.. targets] : throw new InvalidOperationException("the landing page links no open resident form");
    }

    [GeneratedRegex("""href="(?<url>/f/[^/"]+/[^/"?]+)">""")]
    private static partial Regex FormLink();

    private sealed class Worker(HttpClient client, string[] targets, int index) : IScenarioWorker
    {
        private int _next = index;

        public Task<Outcome> RunOnceAsync(CancellationToken cancellationToken) =>
            LoadClient.GetAsync(client, "page", targets[_next++ % targets.Length], HttpStatusCode.OK, cancellationToken);

        public void Dispose() => client.Dispose();
    }
}
