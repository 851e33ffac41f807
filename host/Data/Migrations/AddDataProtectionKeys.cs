using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// <c>data_protection_keys</c>: the ASP.NET Data Protection key ring, shared by every node of an installation (cookies,
/// antiforgery tokens and sealed personal data written by one node open on another). Keys of the old
/// <c>{DataPath}/keys</c> folder are copied in on start (<c>LegacyKeyImport</c>). Hand-written from <c>db script</c>
/// before and after; the drift tests check it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddDataProtectionKeys : Migration
{
    public const string Id = "20261206000000_AddDataProtectionKeys";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddDataProtectionKeys", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("data_protection_keys");
    }
}
