using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>The one way FormsEngine opens a SQLite file, shared by the workflow store and the host's own tables.</summary>
public static class SqliteDatabase
{
    /// <summary>
    /// Configures <paramref name="builder"/> for the file at <paramref name="path"/>: pooled connections, a 30 s command
    /// timeout, synchronous=NORMAL and a busy timeout on every connection (WAL is switched on once, at creation).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite($"Data Source={path};Pooling=True;Default Timeout=30")
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }
}
