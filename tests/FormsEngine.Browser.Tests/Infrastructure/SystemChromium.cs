namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>
/// The browser the tests drive: Debian's Chromium package. Playwright's own browser download (`playwright install`)
/// is impossible here (only package registries are reachable), so it is never used.
/// </summary>
internal static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that keep a headless Chromium quiet on a closed network (no refused background connections).</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>Fails loudly (never skips) when the browser is missing: CI installs it, so absence is a setup error.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}; the browser tests need it. Install it with " +
                "`apt-get install -y chromium fonts-noto-cjk` (as root, or with sudo; .ci/run does this). " +
                "Do not run `playwright install`: it downloads a browser, which is not possible here.");
        }
    }
}
