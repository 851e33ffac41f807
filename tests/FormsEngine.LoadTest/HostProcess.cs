using System.Diagnostics;
using System.Net;
using System.Reflection;
using FormsEngine.TestSupport;

namespace FormsEngine.LoadTest;

/// <summary>
/// The host under load: either the real host started here as a child process (<c>dotnet FormsEngine.Host.dll</c>) on a
/// free loopback port with a fresh temporary data folder (file SQLite), demo passwords set and the resident post limit
/// lifted; or an already running host (<c>--url</c>). Its output goes to <c>host.log</c> in the data folder.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    /// <summary>The demo accounts' password set on a started host.</summary>
    public const string StartedDemoPassword = "load-demo-password-1";

    private readonly Process? _process;
    private readonly string? _dataPath;
    private readonly StreamWriter? _log;

    private HostProcess(Uri baseAddress, int? processId, string demoPassword, Process? process = null, string? dataPath = null, StreamWriter? log = null)
    {
        BaseAddress = baseAddress;
        ProcessId = processId;
        DemoPassword = demoPassword;
        _process = process;
        _dataPath = dataPath;
        _log = log;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's process id (for its RSS), when known.</summary>
    public int? ProcessId { get; }

    public string DemoPassword { get; }

    /// <summary>Where the started host's output is written; null for <c>--url</c>.</summary>
    public string? LogPath => _dataPath is null ? null : Path.Combine(_dataPath, "host.log");

    public static async Task<HostProcess> AttachAsync(Uri url, int? pid, string? password, CancellationToken cancellationToken)
    {
        var host = new HostProcess(url, pid, password ?? StartedDemoPassword);
        await host.WaitHealthyAsync(TimeSpan.FromMinutes(3), cancellationToken);
        return host;
    }

    public static async Task<HostProcess> StartAsync(string? hostDll, TextWriter console, CancellationToken cancellationToken)
    {
        var root = RepoRoot.Find();
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = hostDll ?? Path.Combine(root, "host", "bin", configuration, "net10.0", "FormsEngine.Host.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} not found: build the host (dotnet build host -c {configuration}) or pass --host-dll");
        }

        var port = ChildProcessSupport.FreePort();
        var dataPath = Directory.CreateTempSubdirectory("formsengine-load-").FullName;
        // The dotnet that runs this client (when started as `dotnet FormsEngine.LoadTest.dll`), else the one on PATH.
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = dataPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["FormsEngine__DataPath"] = dataPath;
        start.Environment["FormsEngine__RulePacksPath"] = Path.Combine(root, "rulepacks");
        start.Environment["FormsEngine__AdminPassword"] = "load-admin-password-1";
        start.Environment["FormsEngine__DemoPassword"] = StartedDemoPassword;
        // One load client address sends every resident post; the default 20 a minute would turn the load into 429s.
        start.Environment["FormsEngine__ResidentPostsPerMinute"] = "100000000";

        var log = new StreamWriter(Path.Combine(dataPath, "host.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => ChildProcessSupport.Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => ChildProcessSupport.Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(new Uri($"http://127.0.0.1:{port}"), process.Id, StartedDemoPassword, process, dataPath, log);
        console.WriteLine($"host: {dll} (pid {process.Id}) on {host.BaseAddress}, data {dataPath}");
        try
        {
            await host.WaitHealthyAsync(TimeSpan.FromMinutes(3), cancellationToken);
        }
        catch
        {
            console.WriteLine(host.LogTail(30));
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The last lines the started host wrote (e.g. to explain errors); empty for <c>--url</c>.</summary>
    public string LogTail(int lines)
    {
        if (LogPath is null || !File.Exists(LogPath))
        {
            return "";
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        if (_log is not null)
        {
            lock (_log)
            {
                _log.Dispose();
            }
        }

        if (_dataPath is not null)
        {
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"the host exited with code {_process.ExitCode} before it was healthy");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy starting (migrating, seeding, checking packs).
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{BaseAddress}healthz did not answer 200 within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
