using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// The studio's library: <c>studio_drafts</c> (forms, rule sets and workflows being edited) and
/// <c>rule_set_versions</c> (rule sets published from the studio). Hand-written from the difference between
/// <c>db script</c> before and after the two entities were added; a test migrates a fresh database and compares it
/// with one created from the model.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddStudioLibrary : Migration
{
    public const string Id = "20261203000000_AddStudioLibrary";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddStudioLibrary", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("studio_drafts");
        migrationBuilder.DropTable("rule_set_versions");
    }
}
