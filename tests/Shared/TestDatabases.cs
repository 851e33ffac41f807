using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace FormsEngine.TestSupport;

/// <summary>
/// The test suite's database switch: FORMSENGINE_TEST_DATABASE=postgres runs every test host and workflow fixture on its
/// own throw-away PostgreSQL database on the server FORMSENGINE_TEST_POSTGRES names (default: the loopback server
/// <c>.ci/run</c> starts); anything else keeps the SQLite file in the test's data folder. Linked into each test project
/// that touches a database (tests/Shared), so the switch is read in one place.
/// </summary>
internal static class TestDatabases
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Created = new(StringComparer.Ordinal);
    private static bool _exitHooked;

    /// <summary>True when the suite runs on PostgreSQL.</summary>
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("FORMSENGINE_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to the server's maintenance database, used to create and drop test databases.</summary>
    public static string Server { get; } = Environment.GetEnvironmentVariable("FORMSENGINE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Username=formsengine;Password=formsengine;Database=postgres";

    /// <summary>
    /// The database that belongs to a test's data folder: derived from its path, so two hosts started one after the other
    /// over the same folder (restart tests) reach the same database.
    /// </summary>
    public static string NameFor(string folder)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder)));
        return "fe_t_" + Convert.ToHexStringLower(hash)[..24];
    }

    /// <summary>
    /// Creates the database unless this process already did (a restart over the same data folder reuses it), and returns
    /// its connection string.
    /// </summary>
    public static string EnsureCreated(string name)
    {
        lock (Gate)
        {
            if (!_exitHooked)
            {
                // A database a test keeps for a restart over the same data folder (or never disposes) goes at exit.
                _exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAll();
            }

            if (Created.Add(name))
            {
                try
                {
                    Execute($"CREATE DATABASE \"{name}\"");
                }
                catch (NpgsqlException ex)
                {
                    Created.Remove(name);
                    throw new InvalidOperationException(
                        "FORMSENGINE_TEST_DATABASE=postgres but PostgreSQL is not reachable (" + ex.Message
                        + "). Run .ci/run, which installs and starts it, or set FORMSENGINE_TEST_POSTGRES.", ex);
                }
            }
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Drops the database now; its pooled connections are closed first and any others are forced off. A database not
    /// dropped here (kept for a restart over the same data folder) is dropped when the test process exits.
    /// </summary>
    public static void Drop(string name)
    {
        lock (Gate)
        {
            if (!Created.Remove(name))
            {
                return;
            }

            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static void DropAll()
    {
        string[] names;
        lock (Gate)
        {
            names = [.. Created];
        }

        foreach (var name in names)
        {
            try
            {
                Drop(name);
            }
            catch (NpgsqlException)
            {
                // The server went away first; the database is left behind, named fe_t_*, for a later cleanup.
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
