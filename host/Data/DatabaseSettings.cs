using FormsEngine.Host.Hosting;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Data;

/// <summary>
/// Which database the host uses: SQLite at <c>{DataPath}/formsengine.db</c> by default, or PostgreSQL when
/// <c>FormsEngine:Database</c> is <c>postgres</c> and <c>ConnectionStrings:FormsEngine</c> is set. Both go through the
/// same code: the same contexts, migrations (one script per provider) and transactions.
/// </summary>
internal sealed record DatabaseSettings(bool IsPostgres, string Target)
{
    public const string Postgres = "postgres";

    public static DatabaseSettings From(IConfiguration configuration, FormsEngineHostOptions options)
    {
        if (string.Equals(options.Database, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("FormsEngine");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "FormsEngine:Database is 'postgres' but ConnectionStrings:FormsEngine is empty; set it, e.g. ConnectionStrings__FormsEngine='Host=127.0.0.1;Database=formsengine;Username=…;Password=…'.");
            }

            return new DatabaseSettings(true, connectionString);
        }

        return new DatabaseSettings(false, DataFolder.DatabasePath(options));
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) =>
        IsPostgres ? PostgresDatabase.Configure(builder, Target) : SqliteDatabase.Configure(builder, Target);

    public WorkflowStorageOptions WorkflowStorage() =>
        IsPostgres ? WorkflowStorageOptions.Postgres(Target) : WorkflowStorageOptions.Sqlite(Target);
}
