using FormsEngine.Host.Packs.Ledger;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Data;
using Microsoft.Extensions.DependencyInjection;
using static FormsEngine.Host.Tests.Packs.Ledger.LedgerClient;

namespace FormsEngine.Host.Tests.Packs.Ledger;

/// <summary>
/// The ledger on PostgreSQL: the poster's query over the workflow tables, and racing debits serialised by the unique
/// (community, account, sequence) index — the loser of each race retries on the fresh balance.
/// </summary>
public sealed class PointsLedgerPostgresTests
{
    [Fact]
    public async Task Credits_post_and_racing_debits_never_overdraw_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var factory = new HostFactory
        {
            Settings = { ["FormsEngine:Database"] = "postgres", ["ConnectionStrings:FormsEngine"] = database.ConnectionString },
        };
        using var staff = await factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(factory, staff, "xinhua-dongqu", "13800002001", 3);
        await PostAsync(factory);
        Assert.Equal(60, (await SingleAccountAsync(staff, "13800002001"))["balance"]!.GetValue<long>());

        var account = await factory.Services.GetRequiredService<FormsEngine.Host.PersonalData.KeyedHasher>().HashAsync("mobile", "13800002001", CancellationToken.None);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            return await scope.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(
                new PointsPosting("xinhua", "xinhua-dongqu", account, PointsKinds.Debit, 20, $"race-{i}", $"pg-race-{i}", "test", null), CancellationToken.None);
        })));

        Assert.Equal(3, outcomes.Count(o => o == PointsKinds.Debit));
        Assert.Equal(3, outcomes.Count(o => o == PointsKinds.Refused));
        var view = await SingleAccountAsync(staff, "13800002001");
        Assert.Equal(0, view["balance"]!.GetValue<long>());
        Assert.True(view["verified"]!.GetValue<bool>());
    }
}
