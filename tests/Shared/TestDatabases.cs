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
/// <remarks>
/// Each database belongs to a data folder: its name is derived from the folder's path, so two hosts started one after
/// the other over the same folder (restart tests) reach the same database, and its comment holds the path. A database is
/// dropped when its owner is disposed, or, for a folder a restart test shares, by the first test process that finds the
/// folder deleted (a test process's exit handlers are not reliably run by the test platform).
/// </remarks>
internal static class TestDatabases
{
    private const string Prefix = "fe_t_";
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Created = new(StringComparer.Ordinal);
    private static bool _swept;

    /// <summary>True when the suite runs on PostgreSQL.</summary>
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("FORMSENGINE_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to the server's maintenance database, used to create and drop test databases.</summary>
    public static string Server { get; } = Environment.GetEnvironmentVariable("FORMSENGINE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Username=formsengine;Password=formsengine;Database=postgres";

    /// <summary>
    /// The connection string of the database that belongs to <paramref name="folder"/>, created on first use (a restart
    /// over the same folder in this process reuses it).
    /// </summary>
    public static string EnsureCreated(string folder)
    {
        var path = Path.GetFullPath(folder);
        var name = NameFor(path);
        lock (Gate)
        {
            try
            {
                SweepOnce();
                if (Created.Add(name))
                {
                    Execute($"CREATE DATABASE \"{name}\"", $"COMMENT ON DATABASE \"{name}\" IS '{path.Replace("'", "''", StringComparison.Ordinal)}'");
                }
            }
            catch (NpgsqlException ex)
            {
                Created.Remove(name);
                throw new InvalidOperationException(
                    "FORMSENGINE_TEST_DATABASE=postgres but PostgreSQL is not reachable (" + ex.Message
                    + "). Run .ci/run, which installs and starts it, or set FORMSENGINE_TEST_POSTGRES.", ex);
            }
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database of <paramref name="folder"/>; pooled connections are closed first, others forced off.</summary>
    public static void Drop(string folder)
    {
        var name = NameFor(Path.GetFullPath(folder));
        lock (Gate)
        {
            if (Created.Remove(name))
            {
                NpgsqlConnection.ClearAllPools();
                DropDatabase(name);
            }
        }
    }

    private static string NameFor(string path) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..24];

    /// <summary>Drops the databases of earlier tests whose data folder is gone (restart tests, or a run that was killed).</summary>
    private static void SweepOnce()
    {
        if (_swept)
        {
            return;
        }

        _swept = true;
        var orphans = new List<string>();
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                $"SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE starts_with(datname, '{Prefix}')", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // No comment yet: another process is between CREATE and COMMENT; its folder decides next time.
                if (!reader.IsDBNull(1) && !Directory.Exists(reader.GetString(1)))
                {
                    orphans.Add(reader.GetString(0));
                }
            }
        }

        foreach (var orphan in orphans)
        {
            DropDatabase(orphan);
        }
    }

    /// <summary>
    /// A plain DROP first: PostgreSQL stops an autovacuum worker busy on the database by itself, whereas FORCE tries to
    /// terminate it and fails for a role that is not superuser (42501, seen in CI after a test wrote many rows). While
    /// a closing connection still holds the database (55006) it is retried; FORCE is the last resort, for a client
    /// connection of our own role that did not go.
    /// </summary>
    public static void DropDatabase(string name)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{name}\"");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(200 * attempt);
            }
        }

        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(params string[] statements)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
