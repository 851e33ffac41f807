namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// The soak's workload: each worker holds one worker of every weighted scenario and picks one per request at random
/// by weight (e.g. 60% page, 25% submit, 15% staff).
/// </summary>
internal sealed class MixedScenario(IReadOnlyList<(IScenario Scenario, int Weight)> parts) : IScenario
{
    public string Name => "mixed";

    public async Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken)
    {
        var workers = new List<(IScenarioWorker Worker, int Weight)>();
        try
        {
            foreach (var (scenario, weight) in parts.Where(p => p.Weight > 0))
            {
                workers.Add((await scenario.CreateWorkerAsync(index, cancellationToken), weight));
            }
        }
        catch
        {
            workers.ForEach(w => w.Worker.Dispose());
            throw;
        }

        return new Worker(workers, new Random(104_729 * (index + 1)));
    }

    private sealed class Worker(List<(IScenarioWorker Worker, int Weight)> workers, Random random) : IScenarioWorker
    {
        private readonly int _total = workers.Sum(w => w.Weight);

        public Task<Outcome> RunOnceAsync(CancellationToken cancellationToken)
        {
            var pick = random.Next(_total);
            foreach (var (worker, weight) in workers)
            {
                if (pick < weight)
                {
                    return worker.RunOnceAsync(cancellationToken);
                }

                pick -= weight;
            }

            return workers[^1].Worker.RunOnceAsync(cancellationToken);
        }

        public void Dispose() => workers.ForEach(w => w.Worker.Dispose());
    }
}
