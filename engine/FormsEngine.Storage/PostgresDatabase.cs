using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>The one way FormsEngine opens PostgreSQL, shared by the workflow store and the host's own tables.</summary>
public static class PostgresDatabase
{
    /// <summary>Configures <paramref name="builder"/> for Npgsql with <paramref name="connectionString"/> (pooling is Npgsql's).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString);
    }
}
