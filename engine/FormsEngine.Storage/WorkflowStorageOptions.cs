using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>How <see cref="EfWorkflowStore"/> reaches its database.</summary>
public sealed class WorkflowStorageOptions
{
    /// <summary>Configures the provider, e.g. <c>b =&gt; b.UseNpgsql(…)</c>. Use <see cref="Sqlite"/> for the default store.</summary>
    public required Action<DbContextOptionsBuilder> Configure { get; init; }

    /// <summary>True for SQLite: enables WAL with synchronous=NORMAL and a busy timeout (see docs/adr/0005-durable-workflow-runtime.md).</summary>
    public bool IsSqlite { get; init; }

    /// <summary>Options for a SQLite file at <paramref name="path"/>.</summary>
    public static WorkflowStorageOptions Sqlite(string path) => new()
    {
        Configure = b => SqliteDatabase.Configure(b, path),
        IsSqlite = true,
    };

    /// <summary>Options for a PostgreSQL database.</summary>
    public static WorkflowStorageOptions Postgres(string connectionString) => new()
    {
        Configure = b => PostgresDatabase.Configure(b, connectionString),
        IsSqlite = false,
    };
}
