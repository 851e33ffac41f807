using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// Indexes for the staff submissions list: newest first within a community, or within a street office. With them a
/// page of 50 walks the index backwards and stops, however many submissions the community holds. Found by the load
/// test's soak, where the list slowed as the table grew. Hand-written; the drift tests check it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddSubmissionListIndexes : Migration
{
    public const string Id = "20261206000100_AddSubmissionListIndexes";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddSubmissionListIndexes", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("IX_submissions_CommunityId_SubmittedAt", "submissions");
        migrationBuilder.DropIndex("IX_submissions_StreetId_SubmittedAt", "submissions");
    }
}
