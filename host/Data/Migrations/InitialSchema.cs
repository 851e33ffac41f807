using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FormsEngine.Host.Data.Migrations;

/// <summary>
/// The first schema: the script <see cref="DatabaseSchema.CreateScript"/> printed when this migration was written,
/// stored beside it per provider (<c>InitialSchema.sqlite.sql</c>). Later migrations are hand-written
/// <see cref="MigrationBuilder"/> steps; a test keeps the model and the migrations in step.
/// </summary>
[DbContext(typeof(FormsEngineDbContext))]
[Migration(Id)]
internal sealed class InitialSchema : Migration
{
    public const string Id = "20261122000000_InitialSchema";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MigrationScripts.Read("InitialSchema", migrationBuilder.ActiveProvider));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The initial schema is not rolled back; restore a backup instead.");
}
