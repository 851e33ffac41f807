using System.Text;
using System.Text.RegularExpressions;
using FormsEngine.Storage;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Data;

/// <summary>
/// The complete create script of the host's one database: its own tables and the workflow store's, made idempotent
/// (<c>IF NOT EXISTS</c>) so it is safe over a database whose workflow tables the store created earlier. The initial
/// migration runs exactly this script (kept under Data/Migrations); <c>db script</c> prints it, and a test fails when
/// the model and the migration drift apart (EF Core's design-time package, which scaffolds migrations, is not served
/// here; see docs/adr/0007-host-database-and-migrations.md).
/// </summary>
internal static partial class DatabaseSchema
{
    public static string CreateScript(FormsEngineDbContext db, EfWorkflowStore workflows)
    {
        var script = new StringBuilder()
            .Append(db.Database.GenerateCreateScript())
            .AppendLine()
            .Append(workflows.CreateScript())
            .ToString();
        script = CreateStatement().Replace(script, m => m.Groups[1].Value + " IF NOT EXISTS ");
        return Normalize(script);
    }

    /// <summary>Line endings and trailing blanks aside, two scripts are the same schema.</summary>
    public static string Normalize(string script) =>
        string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)) + "\n";

    [GeneratedRegex(@"\b(CREATE TABLE|CREATE UNIQUE INDEX|CREATE INDEX) (?!IF NOT EXISTS)")]
    private static partial Regex CreateStatement();
}
