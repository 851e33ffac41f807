using System.Net;
using System.Net.Sockets;

namespace FormsEngine.TestSupport;

/// <summary>
/// What the fault drill and the load client both need to run the real host as a child process: a free loopback port
/// and a thread-safe log writer for its output. Linked into both projects (tests/Shared), not a package.
/// </summary>
internal static class ChildProcessSupport
{
    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Appends one line of the child's output; output racing the log's closing is dropped.</summary>
    public static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A late line after the log was closed.
            }
        }
    }
}
