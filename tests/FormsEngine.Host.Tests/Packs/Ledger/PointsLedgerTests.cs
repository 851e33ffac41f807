using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Packs.Ledger;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FormsEngine.Host.Tests.Packs.Ledger.LedgerClient;

namespace FormsEngine.Host.Tests.Packs.Ledger;

/// <summary>
/// The volunteer-points ledger over real HTTP: approved service records are credited, redemptions are decided on the
/// ledger balance (never the posted one), handovers are debited and a debit never takes a balance below zero.
/// </summary>
public sealed class PointsLedgerTests : IClassFixture<HostFactory>
{
    private const string East = "xinhua-dongqu";
    private readonly HostFactory _factory;

    public PointsLedgerTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task An_approved_service_record_is_credited_once_and_the_lookup_is_audited()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(_factory, staff, East, "13800001001", 3);
        await PostAsync(_factory);
        await PostAsync(_factory);

        var account = await SingleAccountAsync(staff, "13800001001");
        Assert.Equal(60, account["balance"]!.GetValue<long>());
        Assert.True(account["verified"]!.GetValue<bool>());
        var entry = Assert.Single(account["entries"]!.AsArray())!;
        Assert.Equal("credit", entry["kind"]!.GetValue<string>());
        Assert.Equal(60, entry["points"]!.GetValue<long>());

        using var admin = await _factory.CreateStaffClientAsync("admin");
        var audit = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=points.view", UriKind.Relative)))!;
        Assert.Contains(audit["items"]!.AsArray(), a => a!["subject"]!.GetValue<string>() == "138****1001");
        Assert.DoesNotContain("13800001001", audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redemption_is_decided_on_the_ledger_balance_whatever_balance_is_posted()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(_factory, staff, East, "13800001002", 3);
        await PostAsync(_factory);

        // 99999 posted, 60 in the ledger: two boxes of masks (100) are refused by the rules.
        var tooMuch = await RedeemAsync(staff, East, "13800001002", "口罩", 2, balance: 99999);
        Assert.Equal("ineligible", tooMuch["outcome"]!.GetValue<string>());
        Assert.Contains("当前余额为 60", tooMuch["explanation"]!.GetValue<string>(), StringComparison.Ordinal);

        // 0 posted, 60 in the ledger: one box (50) is fine.
        var fine = await RedeemAsync(staff, East, "13800001002", "口罩", 1, balance: 0);
        Assert.Equal("eligible", fine["outcome"]!.GetValue<string>());
        Assert.Contains("兑换后余额 10", fine["explanation"]!.GetValue<string>(), StringComparison.Ordinal);

        // An account with nothing in it cannot redeem anything.
        var empty = await RedeemAsync(staff, East, "13800001099", "口罩", 1, balance: 500);
        Assert.Equal("ineligible", empty["outcome"]!.GetValue<string>());

        // The handover of the eligible one debits it; the refused one posts nothing.
        await CompleteAsync(_factory, staff, fine["id"]!.GetValue<string>(), "done");
        await PostAsync(_factory);
        var account = await SingleAccountAsync(staff, "13800001002");
        Assert.Equal(10, account["balance"]!.GetValue<long>());
        Assert.Equal(["credit", "debit"], account["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        Assert.True(account["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Two_redemptions_decided_on_the_same_balance_cannot_take_it_below_zero()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(_factory, staff, East, "13800001003", 3);
        await PostAsync(_factory);

        // Both are eligible on 60 before either is handed over.
        var first = await RedeemAsync(staff, East, "13800001003", "口罩", 1);
        var second = await RedeemAsync(staff, East, "13800001003", "口罩", 1);
        Assert.Equal("eligible", first["outcome"]!.GetValue<string>());
        Assert.Equal("eligible", second["outcome"]!.GetValue<string>());
        await CompleteAsync(_factory, staff, first["id"]!.GetValue<string>(), "done");
        await CompleteAsync(_factory, staff, second["id"]!.GetValue<string>(), "done");
        await Task.WhenAll(PostAsync(_factory), PostAsync(_factory));

        var account = await SingleAccountAsync(staff, "13800001003");
        Assert.Equal(10, account["balance"]!.GetValue<long>());
        Assert.Equal(["credit", "debit"], account["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        using var admin = await _factory.CreateStaffClientAsync("admin");
        var audit = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=points.debitRefused", UriKind.Relative)))!;
        Assert.Contains(audit["items"]!.AsArray(), a => a!["subject"]!.GetValue<string>() is var s && (s == first["id"]!.GetValue<string>() || s == second["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Concurrent_debits_on_one_account_are_serialised_and_the_loser_is_refused()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(_factory, staff, East, "13800001004", 3);
        await PostAsync(_factory);
        var account = await AccountHashAsync("13800001004");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            using var scope = _factory.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            var ledger = scope.ServiceProvider.GetRequiredService<PointsLedger>();
            return await ledger.PostAsync(new PointsPosting("xinhua", East, account, PointsKinds.Debit, 25, $"race-{i}", $"race-instance-{account}-{i}", "test", null), CancellationToken.None);
        })));

        Assert.Equal(2, outcomes.Count(o => o == PointsKinds.Debit));
        Assert.Equal(2, outcomes.Count(o => o == PointsKinds.Refused));
        var view = await SingleAccountAsync(staff, "13800001004");
        Assert.Equal(10, view["balance"]!.GetValue<long>());
        Assert.True(view["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Another_communitys_entries_are_invisible()
    {
        using var west = await _factory.CreateStaffClientAsync("xiqu.staff");
        await CreditAsync(_factory, west, "xinhua-xiqu", "13800001005", 2);
        await PostAsync(_factory);
        using var east = await _factory.CreateStaffClientAsync("dongqu.staff");

        Assert.Empty((await AccountAsync(east, "13800001005"))["accounts"]!.AsArray());
        Assert.Equal(40, (await SingleAccountAsync(west, "13800001005"))["balance"]!.GetValue<long>());

        // And the west balance is not the east one: an east redemption sees 0.
        Assert.Equal("ineligible", (await RedeemAsync(east, East, "13800001005", "口罩", 1))["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hash_chain_detects_a_modified_row()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        await CreditAsync(_factory, staff, East, "13800001006", 2);
        await CreditAsync(_factory, staff, East, "13800001006", 1);
        await PostAsync(_factory);
        Assert.True((await SingleAccountAsync(staff, "13800001006"))["verified"]!.GetValue<bool>());

        var account = await AccountHashAsync("13800001006");
        using (var scope = _factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
            await db.Database.ExecuteSqlAsync($"""UPDATE points_ledger SET "Points" = "Points" + 1000, "BalanceAfter" = "BalanceAfter" + 1000 WHERE "Account" = {account} AND "Sequence" = 1""");
        }

        var tampered = await SingleAccountAsync(staff, "13800001006");
        Assert.False(tampered["verified"]!.GetValue<bool>());
        Assert.Equal(1, tampered["brokenAt"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_malformed_phone_is_refused_in_both_languages()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        using var response = await staff.PostAsJsonAsync(new Uri("/api/v1/points/lookup", UriKind.Relative), new { phone = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("points.phone", problem["code"]!.GetValue<string>());
    }

    private async Task<string> AccountHashAsync(string phone) =>
        await _factory.Services.GetRequiredService<FormsEngine.Host.PersonalData.KeyedHasher>().HashAsync("mobile", phone, CancellationToken.None);
}
