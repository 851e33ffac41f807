using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FormsEngine.Benchmarks;

/// <summary>
/// Runs every job of every benchmark (including one chosen on the command line, e.g. <c>--job short</c>) in the
/// benchmark process. BenchmarkDotNet's default toolchain builds a generated project that references this one, and
/// that project's restore fails here: it has no FrameworkReference to Microsoft.AspNetCore.App, so NuGet does not
/// prune the host's ASP.NET packages (e.g. Microsoft.AspNetCore.Cryptography.KeyDerivation), which the package source
/// does not serve. The host runs in-process under WebApplicationFactory anyway.
/// </summary>
internal static class InProcessConfig
{
    /// <summary>BenchmarkDotNet's default configuration (columns, exporters, loggers) with every job made in-process.</summary>
    public static IConfig Create() => DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
}
