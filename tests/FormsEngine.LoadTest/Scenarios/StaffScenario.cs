using System.Net;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Staff reading lists through the API: each worker signs in (not timed) as one of the demo accounts, then alternates
/// a submissions list query (a page of 50, a form filter, an outcome filter on page 2) with its task inbox. Both are
/// scoped to the account's tenant (community or grid).
/// </summary>
internal sealed class StaffScenario(Uri baseAddress, string password) : IScenario
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
        return new Worker(await LoadClient.SignedInAsync(baseAddress, account, password, cancellationToken), index);
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
