using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Staff working through the API: each worker signs in (not timed) as one of the demo accounts, then takes turns at a
/// submissions list query (a page of 50, a form filter, an outcome filter on page 2), its task inbox, and approving
/// one task from that inbox, as grid workers and community staff do in a day. Approving moves an application from the
/// grid worker to the community's staff and then closes it, so open tasks stay bounded as in real use instead of
/// piling up for the whole run. Several workers share an account, so a task another worker approved first is an
/// expected 409, not an error. The first two workers log what their accounts see before the phase starts.
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
        private readonly int _slot = index;
        private int _next = index;

        public Task<Outcome> RunOnceAsync(CancellationToken cancellationToken)
        {
            var n = _next++;
            return (n % 3) switch
            {
                0 => LoadClient.GetAsync(client, "list", ListQueries[n / 3 % ListQueries.Length], HttpStatusCode.OK, cancellationToken),
                1 => LoadClient.GetAsync(client, "tasks", "/api/v1/tasks?limit=20", HttpStatusCode.OK, cancellationToken),
                _ => ApproveOneAsync(cancellationToken),
            };
        }

        public void Dispose() => client.Dispose();

        /// <summary>Approves one task of the inbox (timed: the inbox read and the completion), or reads an empty inbox.</summary>
        private async Task<Outcome> ApproveOneAsync(CancellationToken cancellationToken)
        {
            using var inbox = await client.GetAsync(new Uri("/api/v1/tasks?limit=8", UriKind.Relative), cancellationToken);
            if (inbox.StatusCode != HttpStatusCode.OK)
            {
                return Outcome.Expect("approve", inbox, HttpStatusCode.OK);
            }

            var tasks = JsonNode.Parse(await inbox.Content.ReadAsStringAsync(cancellationToken))!.AsArray();
            if (tasks.Count == 0)
            {
                return new Outcome("approve", null);
            }

            // Workers sharing an account spread over the first tasks rather than all racing for the first one.
            var id = tasks[_slot % tasks.Count]!["id"]!.GetValue<string>();
            using var response = await client.PostAsJsonAsync(new Uri($"/api/v1/tasks/{id}/complete", UriKind.Relative), new { outcome = "approve" }, cancellationToken);
            return response.StatusCode == HttpStatusCode.Conflict ? new Outcome("approve", null) : Outcome.Expect("approve", response, HttpStatusCode.OK);
        }
    }
}
