using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Packs;

/// <summary>Importing a pack over the API: validated and golden-tested before anything is stored; street admins only.</summary>
public sealed class PackImportTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public PackImportTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task A_street_admin_imports_a_pack_once_and_again_idempotently()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");

        using var first = await TestPacks.ImportAsync(admin, TestPacks.Mini());
        var info = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("sha256:", info["contentHash"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(info["alreadyImported"]!.GetValue<bool>());

        using var second = await TestPacks.ImportAsync(admin, TestPacks.Mini());
        Assert.True((await second.Content.ReadFromJsonAsync<JsonObject>())!["alreadyImported"]!.GetValue<bool>());

        var packs = (await admin.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/packs", UriKind.Relative)))!;
        var mini = Assert.Single(packs, p => p!["id"]!.GetValue<string>() == "mini")!;
        Assert.Equal("1.0.0", mini["versions"]![0]!["version"]!.GetValue<string>());
        Assert.Equal(4, mini["versions"]![0]!["cases"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_community_admin_may_not_import()
    {
        using var client = await _factory.CreateStaffClientAsync("dongqu.admin");

        using var response = await TestPacks.ImportAsync(client, TestPacks.Mini());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("街道管理员", (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_golden_case_refuses_the_pack_and_stores_nothing()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        var zip = TestPacks.Mini(files =>
        {
            files["pack.json"]["id"] = "mini-failing";
            files["cases/basic.json"]["cases"]![0]!["expect"]!["outcome"] = "eligible";
        });

        using var response = await TestPacks.ImportAsync(admin, zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var error = Assert.Single(problem["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == "cases/basic.json $.cases[0]")!;
        Assert.Contains("黄金用例", error["messageZh"]!.GetValue<string>(), StringComparison.Ordinal);
        var packs = (await admin.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/packs", UriKind.Relative)))!;
        Assert.DoesNotContain(packs, p => p!["id"]!.GetValue<string>() == "mini-failing");
    }

    [Fact]
    public async Task A_tampered_or_broken_zip_is_refused_with_each_problem()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        var built = TestPacks.Mini(files => files["pack.json"]["id"] = "mini-tampered");
        var tampered = built.ToArray();
        using (var stream = new MemoryStream())
        {
            stream.Write(built);
            using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                archive.GetEntry("pack.json")!.Delete();
                using var writer = new StreamWriter(archive.CreateEntry("pack.json").Open());
                writer.Write(File.ReadAllText(Path.Combine(TestPacks.MiniFolder, "pack.json")).Replace("mini", "mini-tampered", StringComparison.Ordinal).Replace("80", "60", StringComparison.Ordinal));
            }

            tampered = stream.ToArray();
        }

        using var response = await TestPacks.ImportAsync(admin, tampered);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pack.integrity.changed", errors);

        using var notZip = await TestPacks.ImportAsync(admin, "PK not really"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notZip.StatusCode);
    }

    [Fact]
    public async Task A_pack_of_another_street_office_is_refused()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");

        using var response = await TestPacks.ImportAsync(admin, TestPacks.Mini(files =>
        {
            files["pack.json"]["id"] = "mini-foreign";
            files["pack.json"]["publisher"] = new JsonObject { ["id"] = "chaoyang", ["name"] = "朝阳街道" };
        }));

        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e!["path"]!.GetValue<string>() == "pack.json $.publisher.id");
    }
}
