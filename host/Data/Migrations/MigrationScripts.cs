using System.Reflection;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>The SQL files of the migrations, embedded in the host assembly as <c>{migration}.{provider}.sql</c>.</summary>
internal static class MigrationScripts
{
    public static string Read(string migration, string? provider)
    {
        var suffix = provider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgres",
            _ => throw new NotSupportedException($"No migration script for provider '{provider}'."),
        };
        var name = $"FormsEngine.Host.Data.Migrations.{migration}.{suffix}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration script '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
