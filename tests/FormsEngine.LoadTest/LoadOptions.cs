using System.Globalization;

namespace FormsEngine.LoadTest;

/// <summary>The command line: phases mode (default) or <c>--soak</c>; every option has a default.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        FormsEngine load test: starts the real host (or targets --url) and drives it over loopback HTTP.

          dotnet run -c Release --project tests/FormsEngine.LoadTest -- [options]

        Phases (default): each phase runs --concurrency closed-loop workers for --duration after --warmup.
          --phases LIST          empty,page,submit,staff (default: all four, in that order)
          --duration D           per phase (default 20s); D is 500ms, 20s, 10m, 1h or plain seconds
          --concurrency N        concurrent workers (default 16)
          --warmup D             unrecorded warm-up per phase (default 3s; soak: 30s)
        Soak:
          --soak D               mixed workload for D (after --warmup), one row per window
          --window D             soak window (default 30s); D is rounded down to whole windows
          --mix LIST             weights, default page=60,submit=25,staff=15
          --max-rss-growth P     fail when host RSS grows more than P percent over the second half of the soak (default 10)
        Target:
          --url URL              an already running host instead of starting one (its rate limit must allow the load)
          --host-pid PID         with --url: the host's process id, for RSS
          --password PW          with --url: the demo accounts' password
          --host-dll PATH        the host to start (default host/bin/<this build's configuration>/net10.0/FormsEngine.Host.dll)
          --empty-path PATH      the baseline endpoint (default /healthz: no database, no I/O)
        Output:
          --out FILE             also write the markdown tables to FILE
        Exit code: 0 when no request failed (and, with --soak, RSS stayed within bounds); 1 otherwise; 2 for bad options.
        """;

    public IReadOnlyList<string> Phases { get; private set; } = ["empty", "page", "submit", "staff"];

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public int Concurrency { get; private set; } = 16;

    public TimeSpan? Warmup { get; private set; }

    public TimeSpan? Soak { get; private set; }

    public TimeSpan Window { get; private set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyDictionary<string, int> Mix { get; private set; } = new Dictionary<string, int> { ["page"] = 60, ["submit"] = 25, ["staff"] = 15 };

    public double MaxRssGrowthPercent { get; private set; } = 10;

    public Uri? Url { get; private set; }

    public int? HostPid { get; private set; }

    public string? Password { get; private set; }

    public string? HostDll { get; private set; }

    public string EmptyPath { get; private set; } = "/healthz";

    public string? Out { get; private set; }

    public bool Help { get; private set; }

    /// <summary>The warm-up actually used: the option, else 3 s per phase or 30 s before a soak.</summary>
    public TimeSpan EffectiveWarmup => Warmup ?? (Soak is null ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(30));

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                o.Help = true;
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value");
            switch (name)
            {
                case "--phases": o.Phases = List(value, ["empty", "page", "submit", "staff"]); break;
                case "--duration": o.Duration = ParseDuration(value); break;
                case "--concurrency": o.Concurrency = Positive(value, name); break;
                case "--warmup": o.Warmup = ParseDuration(value, allowZero: true); break;
                case "--soak": o.Soak = ParseDuration(value); break;
                case "--window": o.Window = ParseDuration(value); break;
                case "--mix": o.Mix = ParseMix(value); break;
                case "--max-rss-growth": o.MaxRssGrowthPercent = double.Parse(value.TrimEnd('%'), CultureInfo.InvariantCulture); break;
                case "--url": o.Url = new Uri(value, UriKind.Absolute); break;
                case "--host-pid": o.HostPid = Positive(value, name); break;
                case "--password": o.Password = value; break;
                case "--host-dll": o.HostDll = Path.GetFullPath(value); break;
                case "--empty-path": o.EmptyPath = value.StartsWith('/') ? value : "/" + value; break;
                case "--out": o.Out = Path.GetFullPath(value); break;
                default: throw new FormatException($"unknown option {name}");
            }
        }

        return o;
    }

    /// <summary><c>500ms</c>, <c>20s</c>, <c>10m</c>, <c>1h</c>, or a plain number of seconds.</summary>
    public static TimeSpan ParseDuration(string text, bool allowZero = false)
    {
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (value == 0 && !allowZero))
        {
            throw new FormatException($"'{text}' is not a duration (e.g. 500ms, 20s, 10m)");
        }

        return TimeSpan.FromSeconds(value * unit);
    }

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{name} needs a positive whole number, not '{text}'");

    private static string[] List(string text, string[] allowed)
    {
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = items.Where(i => !allowed.Contains(i)).ToList();
        return unknown.Count == 0 && items.Length > 0
            ? items
            : throw new FormatException($"unknown phase(s) {string.Join(",", unknown)}; known: {string.Join(",", allowed)}");
    }

    private static Dictionary<string, int> ParseMix(string text)
    {
        var mix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || pair[0] is not ("page" or "submit" or "staff") || !int.TryParse(pair[1], CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new FormatException($"'{part}' is not a weight like page=60 (page, submit or staff)");
            }

            mix[pair[0]] = weight;
        }

        return mix.Values.Sum() > 0 ? mix : throw new FormatException("--mix needs at least one positive weight");
    }
}
