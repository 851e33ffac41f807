using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// <c>cache_versions</c>: one stamp per kind of published definition, which every node polls to drop its caches when
/// another node publishes (docs/adr/0012-cache-invalidation-across-nodes.md). Hand-written; the drift tests check it.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class AddCacheVersions : Migration
{
    public const string Id = "20261207000000_AddCacheVersions";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("AddCacheVersions", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("cache_versions");
    }
}
