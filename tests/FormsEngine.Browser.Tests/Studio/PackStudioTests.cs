using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>
/// The 规则包 page driven as its two users would: the street admin imports a pack (a broken one first: every problem
/// listed) and publishes it to 东区; 东区's admin changes a parameter within its range, saves, and sees it come from
/// 本社区, and a value the pack does not allow is refused next to its field.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class PackStudioTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string PackId = "ui-studio-pack";

    /// <summary>The packs under rulepacks/packs, which the host imports and publishes to both demo communities.</summary>
    private const int DemoPacks = 6;

    /// <summary>Inputs without an accessible name (the check of <see cref="StudioAccessibilityTests"/>).</summary>
    private const string UnlabelledScript = """
        () => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && !e.closest('[aria-hidden=true]') && e.offsetParent !== null)
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') && !e.title)
            .map(e => e.outerHTML.slice(0, 160))
        """;

    [Fact]
    public async Task Street_admin_imports_and_publishes_then_the_community_admin_sets_a_parameter()
    {
        var folder = Directory.CreateTempSubdirectory("pack-studio-");
        try
        {
            var good = WritePack(folder.FullName, "1.0.0", broken: false);
            var bad = WritePack(folder.FullName, "1.0.1", broken: true);
            var newer = WritePack(folder.FullName, "1.1.0", broken: false, minAgeDefault: 75, minAgeMin: 65);

            await using (var street = await Browser.NewDesktopPageAsync())
            {
                await StudioSession.SignInAsync(street, "admin", "/studio/packs");
                await Assertions.Expect(street.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("规则包");
                await Assertions.Expect(street.Locator("[data-testid=open-elderly-allowance-eligibility]")).ToBeVisibleAsync();
                Assert.True(await street.Locator("[data-testid=pack-list] tbody tr").CountAsync() >= DemoPacks, "the demo packs are listed");
                await Assertions.Expect(street.Locator("[data-testid=community-elderly-allowance-eligibility-xinhua-dongqu]")).ToContainTextAsync("1.0.0");

                // A broken pack: refused, every problem with where it is.
                await street.Page.GetByLabel("规则包文件（.zip）").SetInputFilesAsync(bad);
                var problems = street.Locator("[data-testid=pack-import-problems] tbody tr");
                await Assertions.Expect(problems.First).ToBeVisibleAsync();
                Assert.True(await problems.CountAsync() >= 2, "every problem is listed");
                await Assertions.Expect(street.Locator("[data-testid=pack-import-problems]")).ToContainTextAsync("$.parameters[0]");
                await Artifacts.ScreenshotAsync(street, "studio-packs-import-refused");

                // The good one: its version and content hash, and it is listed.
                await street.Page.GetByLabel("规则包文件（.zip）").SetInputFilesAsync(good);
                await Assertions.Expect(street.Locator("[data-testid=pack-import-version]")).ToContainTextAsync("1.0.0");
                await Assertions.Expect(street.Locator("[data-testid=pack-import-hash]")).ToContainTextAsync("sha256:");
                await Assertions.Expect(street.Locator($"[data-testid=open-{PackId}]")).ToBeVisibleAsync();
                await Artifacts.ScreenshotAsync(street, "studio-packs-list");
                await AssertLabelledAndFitsAsync(street);

                // Publish 1.0.0 to 东区 only.
                await street.Locator($"[data-testid=open-{PackId}]").ClickAsync();
                await street.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/studio/packs/{PackId}");
                await Assertions.Expect(street.Locator("[data-testid=pack-settings]")).ToBeVisibleAsync();
                await street.Page.Locator("[data-testid=publish-communities] label", new() { HasTextString = "东区" }).ClickAsync();
                await street.Locator("[data-testid=publish]").ClickAsync();
                await Assertions.Expect(street.Locator("[data-testid=publish-result] .rz-alert")).ToBeVisibleAsync();
                await Artifacts.ScreenshotAsync(street, "studio-packs-published");
                await Assertions.Expect(street.Locator("[data-testid=publish-result]")).Not.ToContainTextAsync("失败");

                // The street level first; the street admin may also look at one community's.
                await Assertions.Expect(street.Locator("[data-testid=settings-level-text]")).ToContainTextAsync("街道统一设置");
                await street.Locator("[data-testid=settings-level]").ClickAsync();
                await street.GetByRole(AriaRole.Option, new() { Name = "社区：东区社区" }).ClickAsync();
                await Assertions.Expect(street.Locator("[data-testid=settings-level-text]")).ToContainTextAsync("本社区设置");
                await Assertions.Expect(street.Locator("input[data-testid=input-minAge]")).ToBeVisibleAsync();
                await AssertLabelledAndFitsAsync(street);
                street.AssertNoProblems();
            }

            await using (var community = await Browser.NewDesktopPageAsync())
            {
                await SetParametersAsync(community);
            }

            // 1.1.0 offered to 东区, which may stay on 1.0.0 for a month.
            await using (var street = await Browser.NewDesktopPageAsync())
            {
                await StudioSession.SignInAsync(street, "admin", "/studio/packs");
                await street.Page.GetByLabel("规则包文件（.zip）").SetInputFilesAsync(newer);
                await Assertions.Expect(street.Locator("[data-testid=pack-import-version]")).ToContainTextAsync("1.1.0");
                await street.GotoAsync($"/studio/packs/{PackId}");
                await Assertions.Expect(street.Locator("[data-testid=publish-version]")).ToContainTextAsync("1.1.0");
                await street.Page.Locator("[data-testid=publish-communities] label", new() { HasTextString = "东区" }).ClickAsync();
                var until = street.Locator("input[data-testid=publish-stay-until]");
                await until.FillAsync(DateTime.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                await until.PressAsync("Tab");
                await street.Locator("[data-testid=publish]").ClickAsync();
                await Assertions.Expect(street.Locator("[data-testid=publish-result] .rz-alert")).ToBeVisibleAsync();
                await Artifacts.ScreenshotAsync(street, "studio-packs-offered");
                await Assertions.Expect(street.Locator("[data-testid=publish-result]")).ToContainTextAsync("已发布");
                street.AssertNoProblems();
            }

            // 东区 sees what changes and what it would do, and upgrades.
            await using (var community = await Browser.NewDesktopPageAsync())
            {
                await StudioSession.SignInAsync(community, "dongqu.admin", $"/studio/packs/{PackId}");
                await Assertions.Expect(community.Locator("[data-testid=upgrade-summary]")).ToContainTextAsync("1.1.0");
                await Assertions.Expect(community.Locator("[data-testid=upgrade-summary]")).ToContainTextAsync("1.0.0");
                await Assertions.Expect(community.Locator("[data-testid=upgrade-changes] tbody tr").First).ToBeVisibleAsync();
                await Assertions.Expect(community.Locator("[data-testid=upgrade-whatif]")).ToBeVisibleAsync();
                await Artifacts.ScreenshotAsync(community, "studio-packs-upgrade");
                await AssertLabelledAndFitsAsync(community);
                await community.Locator("[data-testid=upgrade]").ClickAsync();
                await Assertions.Expect(community.Locator("[data-testid=upgraded] .rz-alert")).ToBeVisibleAsync();
                await Assertions.Expect(community.Locator("[data-testid=pack-upgrade]")).Not.ToBeVisibleAsync();
                await Assertions.Expect(community.Locator("[data-testid=settings-level-text]")).ToContainTextAsync("1.1.0");
                community.AssertNoProblems();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_demo_pack_s_settings_read_in_English_too()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.admin", "/studio/packs/supply-priority");
        await Assertions.Expect(page.Locator("[data-testid=setting-gridQuota]")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "studio-packs-demo-settings");
        await AssertLabelledAndFitsAsync(page);

        await page.GotoAsync("/studio/culture?culture=en&returnUrl=" + Uri.EscapeDataString("/studio/packs/supply-priority"));
        await Assertions.Expect(page.Locator("[data-testid=source-gridQuota]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Pack default|Street|This community)$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Parameters" })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "studio-packs-demo-settings-en");
        page.AssertNoProblems();
    }

    /// <summary>东区's admin: a value within range is saved and comes from 本社区; one the pack does not allow is refused next to it; 恢复默认.</summary>
    private static async Task SetParametersAsync(BrowserPage community)
    {
        await StudioSession.SignInAsync(community, "dongqu.admin", $"/studio/packs/{PackId}");
        var minAge = community.Locator("input[data-testid=input-minAge]");
        await Assertions.Expect(minAge).ToBeEnabledAsync();
        await Assertions.Expect(community.Locator("[data-testid=source-minAge]")).ToHaveTextAsync("包默认");
        await Artifacts.ScreenshotAsync(community, "studio-packs-settings");

        // Within the range: saved, and the value now comes from this community.
        await minAge.FillAsync("75");
        await minAge.PressAsync("Tab");
        await Assertions.Expect(community.Locator("[data-testid=edited-minAge]")).ToBeVisibleAsync();
        await community.Locator("[data-testid=settings-save]").ClickAsync();
        await Assertions.Expect(community.Locator("[data-testid=source-minAge]")).ToHaveTextAsync("本社区");
        await Assertions.Expect(community.Locator("[data-testid=effective-minAge]")).ToContainTextAsync("75");

        // A value the pack does not allow: refused, nothing saved, the problem next to its field.
        var note = community.Locator("[data-testid=input-note]");
        await note.FillAsync(new string('长', 30));
        await note.PressAsync("Tab");
        await community.Locator("[data-testid=settings-save]").ClickAsync();
        await Assertions.Expect(community.Locator("[data-testid=problems-note]")).ToBeVisibleAsync();
        await Assertions.Expect(community.Locator("[data-testid=source-note]")).ToHaveTextAsync("包默认");
        await Artifacts.ScreenshotAsync(community, "studio-packs-settings-refused");

        // 恢复默认 removes this community's own value.
        await community.Locator("[data-testid=settings-discard]").ClickAsync();
        await community.Locator("[data-testid=reset-minAge]").ClickAsync();
        await Assertions.Expect(community.Locator("[data-testid=source-minAge]")).ToHaveTextAsync("包默认");
        await AssertLabelledAndFitsAsync(community);
        community.AssertNoProblems();
    }

    private static async Task AssertLabelledAndFitsAsync(BrowserPage page)
    {
        var unlabelled = await page.Page.EvaluateAsync<string[]>(UnlabelledScript);
        Assert.True(unlabelled.Length == 0, "inputs without a label:\n" + string.Join("\n", unlabelled));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the 1280px window");
    }

    /// <summary>A small pack over the demo's elderly-allowance form, whose rule set reads <c>param.minAge</c>; broken: bad default, unknown role, bad expression.</summary>
    private static string WritePack(string folder, string version, bool broken, int minAgeDefault = 80, int minAgeMin = 60)
    {
        var form = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "forms", "elderly-allowance.json")))!.AsObject();
        form["id"] = PackId + "-form";
        form["eligibility"] = new JsonObject { ["ruleSet"] = PackId + "-rules" };
        var rules = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "rules", "elderly-allowance.json")))!.AsObject();
        rules["GlobalParams"] = new JsonArray(new JsonObject { ["Name"] = "起始年龄", ["Expression"] = broken ? "param.nope +" : "param.minAge" });
        var manifest = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = PackId,
            ["name"] = new JsonObject { ["zh-CN"] = "界面测试规则包", ["en"] = "UI test pack" },
            ["version"] = version,
            ["publisher"] = new JsonObject { ["id"] = "xinhua", ["name"] = "新华街道" },
            ["description"] = new JsonObject { ["zh-CN"] = "浏览器测试导入的规则包" },
            ["parameters"] = new JsonArray(
                Parameter("minAge", "integer", broken ? 200 : minAgeDefault, "申请津贴的起始年龄（周岁）", ("min", minAgeMin), ("max", 100)),
                Parameter("approverRole", "role", "社区工作人员", "社区审核由哪个岗位办理", ("values", new JsonArray(broken ? "居委会" : "社区工作人员", "社区管理员"))),
                Parameter("note", "text", "请携带身份证", "给居民的提示", ("maxLength", 20)),
                Parameter("notify", "boolean", true, "是否通知居民"),
                Parameter("deadline", "date", "2026-12-31", "本轮截止日期", ("min", "2026-01-01"), ("max", "2027-12-31"))),
            ["parts"] = new JsonArray(new JsonObject
            {
                ["id"] = "streetReview",
                ["name"] = new JsonObject { ["zh-CN"] = "街道复核", ["en"] = "Street review" },
                ["default"] = true,
                ["description"] = new JsonObject { ["zh-CN"] = "社区审核后再由街道复核" },
            }),
            ["retentionDays"] = 365,
        };

        var path = Path.Combine(folder, $"{PackId}-{version}.zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(archive, "pack.json", manifest);
        Add(archive, $"forms/{PackId}-form.json", form);
        Add(archive, $"rules/{PackId}-rules.json", rules);
        Add(archive, "cases/eligible.json", JsonNode.Parse($$$"""
            {"schemaVersion": 1, "cases": [{"name": "86 岁本市户籍：符合", "form": "{{{PackId}}}-form",
              "answers": {"姓名": "张桂兰", "身份证号": "{{{StudioSession.IdNumber}}}", "手机号": "13800138000", "户籍": "本市", "居住年限": 30, "独居": true, "已领取其他养老补贴": false},
              "expect": {"valid": true, "outcome": "eligible"}}]}
            """)!);
        return path;
    }

    private static JsonObject Parameter(string name, string type, JsonNode defaultValue, string descriptionZh, params (string Key, JsonNode Value)[] more)
    {
        var parameter = new JsonObject { ["name"] = name, ["type"] = type, ["default"] = defaultValue, ["description"] = new JsonObject { ["zh-CN"] = descriptionZh } };
        foreach (var (key, value) in more)
        {
            parameter[key] = value;
        }

        return parameter;
    }

    private static void Add(ZipArchive archive, string name, JsonNode json)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
