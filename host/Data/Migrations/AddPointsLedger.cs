using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// The volunteer points ledger: <c>points_ledger</c> (append-only entries, unique per community, account and sequence
/// and per workflow instance and kind) and <c>points_postings</c> (the workflow instances the poster has handled).
/// Hand-written from <c>db script</c> before and after; the drift test checks it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddPointsLedger : Migration
{
    public const string Id = "20261205000000_AddPointsLedger";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddPointsLedger", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("points_postings");
        migrationBuilder.DropTable("points_ledger");
    }
}
