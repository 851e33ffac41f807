using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// Rule packs: <c>pack_versions</c> (each imported version as its .zip), <c>pack_forms</c> (the form versions each
/// became), <c>pack_publications</c> (the version each community runs and any offered upgrade), <c>pack_settings</c>
/// (street and community parameter overrides), and two columns on <c>publications</c>: <c>OpensAt</c> (campaign
/// start) and <c>PackId</c>. Hand-written from <c>db script</c> before and after; the drift test checks it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddRulePacks : Migration
{
    public const string Id = "20261204000000_AddRulePacks";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddRulePacks", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("pack_versions");
        migrationBuilder.DropTable("pack_forms");
        migrationBuilder.DropTable("pack_publications");
        migrationBuilder.DropTable("pack_settings");
        migrationBuilder.DropColumn("OpensAt", "publications");
        migrationBuilder.DropColumn("PackId", "publications");
    }
}
