using System.Text.Json;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Tenancy.Fuzz;

/// <summary>
/// Everything one community has stored, as text lines: every row of every tenant-owned table (found in the EF model,
/// so a new table is covered), its audit log, and the state of its workflow instances and tasks. Two snapshots taken
/// before and after an attack must be equal.
/// </summary>
internal static class TenantSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static async Task<SortedSet<string>> TakeAsync(IServiceProvider services, TenantSecrets tenant)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.ClrType.GetProperty(nameof(ITenantOwned.CommunityId)) is not null))
        {
            var set = (IQueryable<object>)typeof(Microsoft.EntityFrameworkCore.DbContext).GetMethod(nameof(db.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            // Street-level pack settings (community "") apply to every community of the street, the victim's included.
            var owned = set.ToList().Where(r => entity.ClrType.GetProperty(nameof(ITenantOwned.CommunityId))!.GetValue(r) is string c
                && (c == tenant.Community || (c == PackSettingsRow.StreetLevel && entity.ClrType == typeof(PackSettingsRow))));
            foreach (var row in owned)
            {
                var values = entity.GetProperties().Select(p => $"{p.Name}={Format(p.PropertyInfo?.GetValue(row))}");
                lines.Add(entity.ClrType.Name + " " + string.Join("; ", values));
            }
        }

        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        foreach (var id in tenant.InstanceIds)
        {
            var instance = await runtime.GetInstanceAsync(id, CancellationToken.None);
            lines.Add($"instance {id} {instance?.Status} {instance?.EndStatus} {instance?.DefinitionVersion} {instance?.Data.ToJsonString()}");
            foreach (var task in instance?.Tasks ?? [])
            {
                lines.Add($"task {id} {JsonSerializer.Serialize(task, Json)}");
            }
        }

        return lines;
    }

    /// <summary>What changed between two snapshots, for the failure message.</summary>
    public static string Diff(SortedSet<string> before, SortedSet<string> after) =>
        string.Join("\n", before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)).Take(20));

    private static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
