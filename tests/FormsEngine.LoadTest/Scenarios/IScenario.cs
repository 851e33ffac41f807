namespace FormsEngine.LoadTest.Scenarios;

/// <summary>A kind of traffic (a phase): makes workers, each with its own connection and cookies, set up before the clock starts.</summary>
internal interface IScenario
{
    string Name { get; }

    Task<IScenarioWorker> CreateWorkerAsync(int index, CancellationToken cancellationToken);
}

/// <summary>One closed-loop client: sends one request per call and says how it went.</summary>
internal interface IScenarioWorker : IDisposable
{
    Task<Outcome> RunOnceAsync(CancellationToken cancellationToken);
}

/// <summary>The operation a request performed and its error (<c>null</c> when it got the expected answer), e.g. <c>"500"</c>.</summary>
internal readonly record struct Outcome(string Operation, string? Error)
{
    /// <summary>Success when the status is the expected one, else the status code as the error.</summary>
    public static Outcome Expect(string operation, HttpResponseMessage response, System.Net.HttpStatusCode expected) =>
        new(operation, response.StatusCode == expected ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
