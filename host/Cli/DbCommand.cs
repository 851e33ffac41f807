using System.CommandLine;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Storage;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Cli;

/// <summary><c>db script</c>: prints the SQL that creates the whole database (host and workflow tables) on SQLite.</summary>
internal static class DbCommand
{
    public static Command Create(TextWriter stdout)
    {
        var provider = new Option<string>("--provider") { Description = "sqlite | postgres", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var script = new Command("script", "打印建库 SQL（编写迁移时使用）/ print the create script (for writing migrations)") { provider };
        script.SetAction(parsed =>
        {
            stdout.Write(parsed.GetValue(provider) == "postgres" ? PostgresScript() : SqliteScript());
            return HostCli.Success;
        });
        return new Command("db", "数据库 / the database") { script };
    }

    public static string PostgresScript()
    {
        const string ConnectionString = "Host=localhost;Database=schema-only";
        var options = PostgresDatabase.Configure(new DbContextOptionsBuilder<FormsEngineDbContext>(), ConnectionString).Options;
        using var db = new FormsEngineDbContext((DbContextOptions<FormsEngineDbContext>)options, new TenantScope());
        var store = new EfWorkflowStore(WorkflowStorageOptions.Postgres(ConnectionString));
        return DatabaseSchema.CreateScript(db, store);
    }

    public static string SqliteScript()
    {
        const string Path = "schema-only.db";
        var options = SqliteDatabase.Configure(new DbContextOptionsBuilder<FormsEngineDbContext>(), Path).Options;
        using var db = new FormsEngineDbContext((DbContextOptions<FormsEngineDbContext>)options, new TenantScope());
        var store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path));
        return DatabaseSchema.CreateScript(db, store);
    }
}
