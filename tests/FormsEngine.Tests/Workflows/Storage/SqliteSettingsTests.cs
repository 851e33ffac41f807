using FormsEngine.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Tests.Workflows.Storage;

public sealed class SqliteSettingsTests
{
    [SqliteOnlyFact("WAL and synchronous=NORMAL are SQLite pragmas; PostgreSQL has no counterpart the store sets")]
    public async Task The_sqlite_store_runs_in_wal_mode_with_normal_sync()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        await using var db = fixture.Store.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        var journal = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";
        var synchronous = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("wal", journal);
        Assert.Equal(1, synchronous);
    }
}
