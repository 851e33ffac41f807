using System.Net;
using System.Text.Json.Nodes;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Staff reading lists through the API: each worker signs in (not timed) as one of the demo accounts, then alternates
/// a submissions list query (a page of 50, a form filter, an outcome filter on page 2) with its task inbox. Both are
/// scoped to the account's tenant (community or grid), so their cost grows with what earlier phases stored: the first
/// two workers log how many submissions and open tasks their accounts see before the phase starts.
/// </summary>
internal sealed class StaffScenario(Uri baseAddress, string password, TextWriter log) : IScenario
{
    private static readonly string[] ListQueries =
    [
        "/api/v1/submissions?pageSize=50",
        $"/api/v1/submissions?form={DemoData.SubmitForm}&pageSize=20",
        "/api/v1/submissions?outcome=eligible&page=2&pageSize=20",
    ];

    public string Name => "staff";

    public async Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken)
    {
        var account = DemoData.StaffAccounts[index % DemoData.StaffAccounts.Count];
        var client = await LoadClient.SignedInAsync(baseAddress, account, password, cancellationToken);
        if (index < 2)
        {
            var list = JsonNode.Parse(await client.GetStringAsync(new Uri(ListQueries[0], UriKind.Relative), cancellationToken));
            var tasks = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/v1/tasks", UriKind.Relative), cancellationToken));
            log.WriteLine($"staff: {account} sees {list?["total"]} submissions and {tasks?.AsArray().Count} open tasks");
        }

        return new Worker(client, index);
    }

    private sealed class Worker(HttpClient client, int index) : IScenarioWorker
    {
        private int _next = index;

        public Task<Outcome> RunOnceAsync(CancellationToken cancellationToken)
        {
            var n = _next++;
            return n % 2 == 0
                ? LoadClient.GetAsync(client, "list", ListQueries[n / 2 % ListQueries.Length], HttpStatusCode.OK, cancellationToken)
                : LoadClient.GetAsync(client, "tasks", "/api/v1/tasks", HttpStatusCode.OK, cancellationToken);
        }

        public void Dispose() => client.Dispose();
    }
}
