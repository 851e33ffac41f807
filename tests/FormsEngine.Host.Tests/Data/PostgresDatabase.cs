using Npgsql;

namespace FormsEngine.Host.Tests.Data;

/// <summary>
/// A throw-away PostgreSQL database for one test class, on the server named by FORMSENGINE_TEST_POSTGRES (default: the
/// loopback server <c>.ci/run</c> starts, role formsengine). Tests fail, not skip, when it is not running.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(string server, string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = FormsEngine.TestSupport.TestDatabases.Server;
        var database = new PostgresDatabase(server, "fe_test_" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not reachable (" + ex.Message + "). Run .ci/run, which installs and starts it, or set FORMSENGINE_TEST_POSTGRES.", ex);
        }

        return database;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        FormsEngine.TestSupport.TestDatabases.DropDatabase(Name);
        return ValueTask.CompletedTask;
    }
}
