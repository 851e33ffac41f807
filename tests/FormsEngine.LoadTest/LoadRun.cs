using System.Globalization;
using FormsEngine.LoadTest.Scenarios;

namespace FormsEngine.LoadTest;

/// <summary>One run: start or attach to the host, run the phases or the soak, print (and write) the tables; the exit code.</summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter console, CancellationToken cancellationToken)
    {
        await using var host = options.Url is { } url
            ? await HostProcess.AttachAsync(url, options.HostPid, options.Password, cancellationToken)
            : await HostProcess.StartAsync(options.HostDll, console, cancellationToken);

        var mode = options.Soak is { } soak
            ? $"soak {soak.TotalSeconds:0} s in {options.Window.TotalSeconds:0} s windows, mix {string.Join(",", options.Mix.Select(m => $"{m.Key}={m.Value}"))}"
            : $"phases {string.Join(",", options.Phases)}, {options.Duration.TotalSeconds:0.#} s each";
        var header = string.Create(CultureInfo.InvariantCulture,
            $"FormsEngine load test, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {mode}; {options.Concurrency} workers; warm-up {options.EffectiveWarmup.TotalSeconds:0.#} s; " +
            $"host {(options.Url is null ? "started here (file SQLite in a fresh folder)" : host.BaseAddress.ToString())}; {Environment.ProcessorCount} cores; load average {ProcessMemory.LoadAverage()} at start");
        console.WriteLine(header);

        var scenarios = new ScenarioSet(host.BaseAddress, host.DemoPassword, options.EmptyPath, console);
        string markdown;
        bool passed;
        if (options.Soak is null)
        {
            (markdown, var errors) = await PhaseRunner.RunAsync(options, scenarios, console, cancellationToken);
            passed = errors == 0;
            console.WriteLine();
            console.Write(markdown);
        }
        else
        {
            (markdown, passed) = await SoakRunner.RunAsync(options, scenarios, host, console, cancellationToken);
        }

        var footer = $"Load average {ProcessMemory.LoadAverage()} at the end.";
        console.WriteLine(footer);
        if (!passed && host.LogTail(20) is { Length: > 0 } tail)
        {
            console.WriteLine($"The run did not pass; the host's last log lines ({host.LogPath}, deleted on exit):{Environment.NewLine}{tail}");
        }

        if (options.Out is { } outPath)
        {
            await File.WriteAllTextAsync(outPath, $"{header}{Environment.NewLine}{Environment.NewLine}{markdown}{Environment.NewLine}{footer}{Environment.NewLine}", cancellationToken);
            console.WriteLine($"written to {outPath}");
        }

        return passed ? 0 : 1;
    }
}
