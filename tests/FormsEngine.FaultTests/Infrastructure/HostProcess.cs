using System.Diagnostics;
using System.Globalization;
using System.Net;
using FormsEngine.TestSupport;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// The real host as a child process: <c>dotnet host/bin/&lt;Configuration&gt;/net10.0/FormsEngine.Host.dll</c> on a free
/// loopback port, its settings passed as <c>FormsEngine__*</c> variables, its stdout and stderr appended to a log file.
/// <see cref="Kill"/> is SIGKILL on Linux (no shutdown hooks run, nothing is flushed).
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _disposed;

    private HostProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>True once the process is gone (killed or crashed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Milliseconds from starting the process to the first healthy <c>/healthz</c>.</summary>
    public long StartMilliseconds { get; private set; }

    /// <summary>The built host assembly for the configuration this test was built in.</summary>
    public static string HostDll
    {
        get
        {
            var configuration = typeof(HostProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value ?? "Debug";
            var dll = Path.Combine(RepoPaths.Root, "host", "bin", configuration, "net10.0", "FormsEngine.Host.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException(
                    $"找不到主机程序 {dll}，请先构建 host / the host is not built at {dll}; run `dotnet build host -c {configuration}` first");
            }

            return dll;
        }
    }

    /// <summary>The process id (the host's workflow owner id contains it, which tells its leases apart).</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the host with <paramref name="settings"/> (keys without the <c>FormsEngine__</c> prefix) and further
    /// <paramref name="environment"/> variables (e.g. <c>ConnectionStrings__FormsEngine</c>), and waits until it is healthy.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings, string logFile, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = ChildProcessSupport.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(logFile)!,
        };
        info.ArgumentList.Add(HostDll);
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            info.Environment["FormsEngine__" + key] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"==== start {DateTimeOffset.UtcNow:O} on {baseAddress} ====");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => ChildProcessSupport.Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => ChildProcessSupport.Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, baseAddress);
        await host.WaitHealthyAsync(timeout, logFile);
        host.StartMilliseconds = clock.ElapsedMilliseconds;
        return host;
    }

    /// <summary>SIGKILL, the whole process tree, then waits for it to be gone.</summary>
    public void Kill()
    {
        if (_process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        ChildProcessSupport.Write(_log, $"==== killed (SIGKILL) {DateTimeOffset.UtcNow:O} ====");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Kill();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, string logFile)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"主机进程已退出 / the host exited with code {_process.ExitCode}; see {logFile}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting; ask again.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"主机在 {timeout.TotalSeconds} 秒内未就绪 / the host was not healthy within {timeout}; see {logFile}");
    }
}
