using System.Net;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// The baseline: a GET of an endpoint that does no work of its own (default <c>/healthz</c>, which checks the form
/// catalog in memory and touches neither the database nor the disk), through the same middleware and routing as the rest.
/// </summary>
internal sealed class EmptyScenario(Uri baseAddress, string path) : IScenario
{
    public string Name => "empty";

    public Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken) =>
        Task.FromResult<IScenarioWorker>(new Worker(LoadClient.Create(baseAddress), path));

    private sealed class Worker(HttpClient client, string path) : IScenarioWorker
    {
        public Task<Outcome> RunOnceAsync(CancellationToken cancellationToken) => LoadClient.GetAsync(client, "empty", path, HttpStatusCode.OK, cancellationToken);

        public void Dispose() => client.Dispose();
    }
}
