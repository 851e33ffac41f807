using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// The staff inbox reads one assignee's open tasks soonest due first: with (AssigneeId, Status, DueAt, Id) the database
/// walks the index and stops at the page, instead of sorting the assignee's whole backlog (which the soak showed
/// growing with every task nobody had handled yet). Replaces (AssigneeId, Status), its prefix. Hand-written; the drift
/// tests check it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddInboxTaskIndex : Migration
{
    public const string Id = "20261207000100_AddInboxTaskIndex";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddInboxTaskIndex", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("IX_wf_tasks_AssigneeId_Status_DueAt_Id", "wf_tasks");
        migrationBuilder.CreateIndex("IX_wf_tasks_AssigneeId_Status", "wf_tasks", ["AssigneeId", "Status"]);
    }
}
