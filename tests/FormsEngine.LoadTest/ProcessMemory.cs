using System.Globalization;

namespace FormsEngine.LoadTest;

/// <summary>A process's resident set size (VmRSS in /proc/&lt;pid&gt;/status, Linux only); null when it cannot be read.</summary>
internal static class ProcessMemory
{
    public static long? ReadRssBytes(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended or /proc is not there (not Linux).
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's process.
        }

        return null;
    }

    /// <summary>The 1-minute load average (/proc/loadavg), to say how busy the machine was; empty when unknown.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "";
        }
    }
}
