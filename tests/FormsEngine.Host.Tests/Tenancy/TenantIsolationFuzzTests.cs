using System.Diagnostics;
using System.Globalization;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Tenancy.Fuzz;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Tenancy;

/// <summary>
/// Random ids across tenants on every endpoint: both communities of the demo street are seeded over HTTP; then, for
/// every endpoint the host maps (read from its endpoint data source) and random draws of route values, query
/// parameters, headers and JSON bodies filled with the other community's ids (and another street's, and garbage), the
/// staff, grid worker and admin of one community call it. Never a 5xx; never the victim's personal data in any answer,
/// nor its ids or references in a 2xx the caller did not already send; the victim's stored data unchanged, checked
/// after every accepted mutating call and at the end. Seed: <c>FORMSENGINE_FUZZ_SEED</c> (printed), time: ~30 s.
/// </summary>
public sealed class TenantIsolationFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Sign-in and sign-out: fuzzing them locks demo accounts or ends the attacker's own session; they carry no tenant ids.</summary>
    private static readonly string[] Excluded = ["/api/v1/session", "/account/login", "/account/logout"];

    private readonly HostFactory _factory = new();

    [Fact]
    public async Task Random_ids_of_the_other_community_on_every_endpoint_neither_leak_nor_change_anything()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FORMSENGINE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        output.WriteLine($"seed {seed} (FORMSENGINE_FUZZ_SEED={seed} repeats this run)");
        _ = _factory.Server;
        var east = await TenantSecrets.SeedAsync(_factory, "xinhua-dongqu", "dongqu", 1);
        var west = await TenantSecrets.SeedAsync(_factory, "xinhua-xiqu", "xiqu", 2);

        await DetectorSeesOwnDataAsync(west);
        var catalog = EndpointCatalog.Read(_factory.Services);
        output.WriteLine($"{catalog.Count} endpoints mapped:");
        foreach (var endpoint in catalog)
        {
            output.WriteLine($"  {endpoint}  inputs: {string.Join(", ", endpoint.Inputs.Select(i => $"{i.Source.ToString().ToLowerInvariant()} {i.Name}"))}");
        }

        Assert.True(catalog.Count >= 30, $"only {catalog.Count} endpoints found");
        Assert.Contains(catalog, e => e.Method == "GET" && e.Pattern == "/api/v1/submissions/{id}");
        Assert.Contains(catalog, e => e.Method == "POST" && e.Pattern == "/api/v1/tasks/{id}/complete");
        var targets = catalog.Where(e => !Excluded.Any(x => e.Pattern.TrimEnd('/') == x)).ToList();

        var (forms, packs) = await LibraryAsync();
        var tally = new FuzzTally();
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await AttackAsync(tally, random, targets, "dongqu", west, forms, packs);
        await AttackAsync(tally, random, targets, "xiqu", east, forms, packs);

        var summary = tally.Summary(targets.Count, clock.Elapsed);
        output.WriteLine(summary);
        Assert.True(tally.Findings.Count == 0, $"seed {seed}: {tally.Findings.Count} finding(s)\n{string.Join("\n\n", tally.Findings)}");
        Assert.Equal(targets.Count, tally.ByEndpoint.Count);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The staff, grid worker and admin of <paramref name="attacker"/> call every endpoint with <paramref name="victim"/>'s ids for the time budget.</summary>
    private async Task AttackAsync(FuzzTally tally, Random random, List<CatalogEndpoint> targets, string attacker, TenantSecrets victim, IReadOnlyList<string> forms, IReadOnlyList<string> packs)
    {
        var users = new List<(string Name, HttpClient Client)>();
        foreach (var name in new[] { attacker + ".staff", attacker + ".grid1", attacker + ".admin" })
        {
            users.Add((name, await _factory.CreateStaffClientAsync(name)));
        }

        var requests = new AttackRequests(random, victim, forms, packs);
        var sent = new HashSet<string>(StringComparer.Ordinal);
        // The seeding's workflows run on after their receipts; let them reach their waits first, or their own progress
        // reads as a change made by the attack (seen once on a loaded machine).
        await _factory.WorkflowsSettledAsync();
        var before = await TenantSnapshot.TakeAsync(_factory.Services, victim);
        var clock = Stopwatch.StartNew();
        try
        {
            // Every endpoint once per round, in a new random order each round, until the budget is spent; after the
            // first round, only endpoints that take something an attacker can fill.
            for (var round = 0; clock.Elapsed < Budget && !tally.Full; round++)
            {
                foreach (var endpoint in targets.Where(e => round == 0 || !e.Fixed).OrderBy(_ => random.Next()).ToList())
                {
                    var (user, client) = users[random.Next(users.Count)];
                    var request = requests.Next(endpoint);
                    victim.NoteSent(request.Text, sent);
                    await CallAsync(tally, endpoint, user, client, request, requests, victim, (before, sent));
                    if (tally.Full)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            users.ForEach(u => u.Client.Dispose());
        }

        await _factory.WorkflowsSettledAsync();
        var after = await TenantSnapshot.TakeAsync(_factory.Services, victim);
        Assert.True(before.SetEquals(after), $"{victim.Community}'s stored data changed during the attack by {attacker}:\n{TenantSnapshot.Diff(before, after)}");
        output.WriteLine($"{attacker} → {victim.Community}: {before.Count} stored lines of the victim unchanged");
    }

    private async Task CallAsync(FuzzTally tally, CatalogEndpoint endpoint, string user, HttpClient client, AttackRequest request, AttackRequests requests,
        TenantSecrets victim, (SortedSet<string> Before, HashSet<string> Sent) state)
    {
        var before = state.Before;
        using var message = request.ToMessage(endpoint.Inputs.Any(i => i.Source == InputSource.Body) ? "application/json" : "application/octet-stream");
        foreach (var (name, value) in requests.Headers(endpoint))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(CallTimeout);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            tally.Count(endpoint, "timeout");
            tally.Find("no answer within " + CallTimeout.TotalSeconds + " s", endpoint, user, request, "timeout", "");
            return;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            tally.Count(endpoint, status.ToString(CultureInfo.InvariantCulture));
            var body = await FuzzTally.ReadAsync(response, timeout.Token);
            if (status >= 500)
            {
                tally.Find("server error", endpoint, user, request, status.ToString(CultureInfo.InvariantCulture), body);
                return;
            }

            // Public pages (a receipt's URL is the resident's capability) may show references; never personal data.
            var success = status is >= 200 and < 300;
            var holdsReceipt = endpoint.Anonymous && endpoint.Pattern.Contains("/receipt/", StringComparison.Ordinal)
                && victim.SubmissionIds.Any(id => request.Url.Contains(id, StringComparison.Ordinal));
            if (victim.LeakIn(body, state.Sent, personalOnly: endpoint.Anonymous || !success, holdsReceipt) is { } leaked)
            {
                tally.Find($"leak of {victim.Community}'s '{leaked}'", endpoint, user, request, status.ToString(CultureInfo.InvariantCulture), body);
            }

            if (success && endpoint.Mutates && victim.AllIds.Any(id => id.Length > 0 && request.Text.Contains(id, StringComparison.Ordinal)))
            {
                var after = await TenantSnapshot.TakeAsync(_factory.Services, victim);
                tally.AcceptedMutations.Add($"{endpoint} as {user.Split('.')[1]} → {status}");
                if (!before.SetEquals(after))
                {
                    tally.Find($"{victim.Community}'s data changed (by this call or a call since the last check)", endpoint, user, request, status.ToString(CultureInfo.InvariantCulture), TenantSnapshot.Diff(before, after));
                    before.Clear();
                    before.UnionWith(after);
                }
            }
        }
    }

    /// <summary>Control: the leak check finds the community's marker and records in what its own admin may see.</summary>
    private async Task DetectorSeesOwnDataAsync(TenantSecrets tenant)
    {
        using var admin = await _factory.CreateStaffClientAsync(tenant.Prefix + ".admin");
        var nothingSent = new HashSet<string>(StringComparer.Ordinal);
        using var clear = await admin.GetAsync(new Uri("/api/v1/submissions?pageSize=200&unmasked=true", UriKind.Relative));
        Assert.Equal(tenant.Marker, tenant.LeakIn(await clear.Content.ReadAsStringAsync(), nothingSent, personalOnly: true));
        using var masked = await admin.GetAsync(new Uri("/api/v1/submissions?pageSize=200", UriKind.Relative));
        Assert.NotNull(tenant.LeakIn(await masked.Content.ReadAsStringAsync(), nothingSent, personalOnly: false));
        using var xlsx = await admin.GetAsync(new Uri("/api/v1/submissions/export.xlsx?form=volunteer-points-service", UriKind.Relative));
        Assert.Equal(tenant.Marker, tenant.LeakIn(await FuzzTally.ReadAsync(xlsx, CancellationToken.None), nothingSent, personalOnly: true));
    }

    /// <summary>The form and pack ids of the deployment (shared by both communities, so not secrets).</summary>
    private async Task<(IReadOnlyList<string> Forms, IReadOnlyList<string> Packs)> LibraryAsync()
    {
        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        var forms = await db.FormVersions.AsNoTracking().Select(f => f.FormId).Distinct().ToListAsync();
        var packs = await db.PackVersions.AsNoTracking().Select(p => p.PackId).Distinct().ToListAsync();
        return (forms, packs);
    }
}
