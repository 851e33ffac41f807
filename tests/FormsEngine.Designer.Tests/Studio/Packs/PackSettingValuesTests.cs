using FormsEngine.Designer.Operations;
using FormsEngine.Designer.Studio.Pages.Packs;

namespace FormsEngine.Designer.Tests.Studio.Packs;

/// <summary>The 规则包 page's value logic: editors by type, values to JSON and back, problems by setting, source badges, what a save sends.</summary>
public class PackSettingValuesTests
{
    [Theory]
    [InlineData("integer", false, "Number")]
    [InlineData("number", false, "Number")]
    [InlineData("choice", true, "Choice")]
    [InlineData("role", true, "Choice")]
    [InlineData("text", true, "Choice")]
    [InlineData("text", false, "Text")]
    [InlineData("boolean", false, "Switch")]
    [InlineData("part", false, "Switch")]
    [InlineData("date", false, "Date")]
    [InlineData("somethingNew", false, "Text")]
    public void Each_type_gets_its_editor(string type, bool hasValues, string expected)
    {
        var setting = Setting("x", type, "null", values: hasValues ? ["a", "b"] : []);

        Assert.Equal(Enum.Parse<PackEditorKind>(expected), PackSettingValues.EditorFor(setting));
    }

    [Fact]
    public void Numbers_encode_as_JSON_numbers_integers_whole()
    {
        Assert.Equal("75", PackSettingValues.EncodeNumber("integer", 75m));
        Assert.Equal("76", PackSettingValues.EncodeNumber("integer", 75.5m));
        Assert.Equal("-3", PackSettingValues.EncodeNumber("integer", -3.2m));
        Assert.Equal("12.5", PackSettingValues.EncodeNumber("number", 12.5m));
        Assert.Equal("100", PackSettingValues.EncodeNumber("number", 100m));
    }

    [Fact]
    public void Text_booleans_and_dates_encode_as_JSON()
    {
        Assert.Equal("\"社区管理员\"", PackSettingValues.EncodeText("社区管理员"));
        Assert.Equal("say \"hi\" <b>", PackSettingValues.ReadText(PackSettingValues.EncodeText("say \"hi\" <b>")));
        Assert.Equal("\"\"", PackSettingValues.EncodeText(""));
        Assert.Equal("true", PackSettingValues.EncodeBoolean(true));
        Assert.Equal("false", PackSettingValues.EncodeBoolean(false));
        Assert.Equal("\"2026-03-01\"", PackSettingValues.EncodeDate(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Values_read_back_into_editor_values()
    {
        Assert.Equal(80m, PackSettingValues.ReadNumber("80"));
        Assert.Equal(12.5m, PackSettingValues.ReadNumber(" 12.5 "));
        Assert.Null(PackSettingValues.ReadNumber("\"80\""));
        Assert.Null(PackSettingValues.ReadNumber("not json"));
        Assert.Null(PackSettingValues.ReadNumber(null));

        Assert.Equal("社区工作人员", PackSettingValues.ReadText("\"社区工作人员\""));
        Assert.Equal("\u793e\u533a", PackSettingValues.ReadText("\"\\u793e\\u533a\""));
        Assert.Equal("80", PackSettingValues.ReadText("80"));
        Assert.Null(PackSettingValues.ReadText("null"));

        Assert.True(PackSettingValues.ReadBoolean("true"));
        Assert.False(PackSettingValues.ReadBoolean("false"));
        Assert.True(PackSettingValues.ReadBoolean("\"true\""));
        Assert.Null(PackSettingValues.ReadBoolean("1"));

        Assert.Equal(new DateOnly(2026, 3, 31), PackSettingValues.ReadDate("\"2026-03-31\""));
        Assert.Null(PackSettingValues.ReadDate("\"31/03/2026\""));
        Assert.Null(PackSettingValues.ReadDate("20260331"));
    }

    [Theory]
    [InlineData("integer", "75")]
    [InlineData("number", "0.25")]
    [InlineData("text", "\"楼栋长\"")]
    [InlineData("boolean", "true")]
    [InlineData("date", "\"2026-12-01\"")]
    public void Reading_then_encoding_gives_the_same_JSON(string type, string json)
    {
        var again = type switch
        {
            "integer" or "number" => PackSettingValues.EncodeNumber(type, PackSettingValues.ReadNumber(json)!.Value),
            "boolean" => PackSettingValues.EncodeBoolean(PackSettingValues.ReadBoolean(json)!.Value),
            "date" => PackSettingValues.EncodeDate(PackSettingValues.ReadDate(json)!.Value),
            _ => PackSettingValues.EncodeText(PackSettingValues.ReadText(json)!),
        };

        Assert.Equal(json, again);
    }

    [Fact]
    public void Display_shows_values_as_people_read_them()
    {
        Assert.Equal("是", PackSettingValues.Display("true", "是", "否"));
        Assert.Equal("否", PackSettingValues.Display("false", "是", "否"));
        Assert.Equal("社区管理员", PackSettingValues.Display("\"社区管理员\"", "是", "否"));
        Assert.Equal("80", PackSettingValues.Display("80", "是", "否"));
        Assert.Equal("{oops", PackSettingValues.Display("{oops", "是", "否"));
    }

    [Fact]
    public void Same_value_compares_JSON_values_not_text()
    {
        Assert.True(PackSettingValues.SameValue("80", "80.0"));
        Assert.True(PackSettingValues.SameValue("\"a\"", "\"a\""));
        Assert.False(PackSettingValues.SameValue("80", "81"));
        Assert.False(PackSettingValues.SameValue("\"80\"", "80"));
    }

    [Theory]
    [InlineData("$.minAge", "minAge")]
    [InlineData("$.minAge.value", "minAge")]
    [InlineData("$.levels[0]", "levels")]
    [InlineData("$['minAge']", "minAge")]
    [InlineData(" $.minAge ", "minAge")]
    [InlineData("$", null)]
    [InlineData("$.", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("rules/elderly.json $.Rules[0]", null)]
    public void A_problem_path_names_its_setting(string? where, string? expected) =>
        Assert.Equal(expected, PackSettingValues.SettingName(where));

    [Fact]
    public void Problems_go_next_to_their_setting_and_the_rest_to_the_top()
    {
        var problems = new[]
        {
            Problem("$.minAge", "须在 60 至 100 之间"),
            Problem("$.minAge", "须为整数"),
            Problem("$.approverRole", "不是允许的岗位"),
            Problem("$.unknownName", "没有这个参数"),
            Problem("", "保存失败"),
        };

        var placed = PackSettingValues.ByName(problems, ["minAge", "approverRole", "streetReview"]);

        Assert.Equal(["须在 60 至 100 之间", "须为整数"], placed["minAge"].Select(p => p.MessageZh));
        Assert.Equal("不是允许的岗位", Assert.Single(placed["approverRole"]).MessageZh);
        Assert.False(placed.ContainsKey("streetReview"));
        Assert.Equal(["没有这个参数", "保存失败"], placed[""].Select(p => p.MessageZh));
    }

    [Theory]
    [InlineData("pack", "Source_pack")]
    [InlineData("street", "Source_street")]
    [InlineData("community", "Source_community")]
    [InlineData("district", "Source_unknown")]
    [InlineData(null, "Source_unknown")]
    public void Source_badges_have_a_key(string? source, string key) => Assert.Equal(key, PackSettingValues.SourceKey(source));

    [Fact]
    public void A_level_owns_street_or_community_values()
    {
        Assert.Equal("street", PackSettingValues.OwnSource(null));
        Assert.Equal("community", PackSettingValues.OwnSource("dongqu"));
    }

    [Fact]
    public void A_save_sends_only_the_edits_the_host_merges_them()
    {
        var settings = new[]
        {
            Setting("minAge", "integer", "80", own: null),
            Setting("approverRole", "role", "\"社区管理员\"", own: "\"社区管理员\""),
            Setting("streetReview", "part", "false", own: "false"),
            Setting("deadline", "date", "\"2026-03-31\"", own: null),
        };
        var edits = new Dictionary<string, string?> { ["minAge"] = "75", ["streetReview"] = null };

        var payload = PackSettingValues.SavePayload(settings, edits);

        Assert.Equal(2, payload.Count);
        Assert.Equal("75", payload["minAge"]);
        Assert.False(payload.ContainsKey("approverRole"));
        Assert.True(payload.ContainsKey("streetReview"));
        Assert.Null(payload["streetReview"]);
        Assert.False(payload.ContainsKey("deadline"));
    }

    [Fact]
    public void An_edit_for_an_unknown_name_is_not_sent()
    {
        var payload = PackSettingValues.SavePayload([Setting("minAge", "integer", "80")], new Dictionary<string, string?> { ["gone"] = "1" });

        Assert.Empty(payload);
    }

    [Fact]
    public void Range_bounds_fit_the_numeric_box()
    {
        Assert.Equal(60m, PackSettingValues.Bound(60));
        Assert.Equal(0.5m, PackSettingValues.Bound(0.5));
        Assert.Null(PackSettingValues.Bound(null));
        Assert.Null(PackSettingValues.Bound(double.MaxValue));
        Assert.Null(PackSettingValues.Bound(double.NaN));
    }

    [Fact]
    public void Roles_are_told_apart_by_the_host_s_role_names()
    {
        Assert.True(PackRoles.IsStreetAdmin(new StudioUser("admin", "街道", "街道管理员", null, null, false)));
        Assert.True(PackRoles.IsCommunityAdmin(new StudioUser("dongqu.admin", "刘敏", "社区管理员", "dongqu", "东区", true)));
        Assert.False(PackRoles.IsStreetAdmin(new StudioUser("w", "王", "社区工作人员", "dongqu", "东区", true)));
        Assert.False(PackRoles.IsStreetAdmin(null));
    }

    internal static StudioPackSetting Setting(string name, string type, string valueJson, string? own = null, IReadOnlyList<string>? values = null, string source = "pack") =>
        new(name, name + " 标签", name + " 说明", type, valueJson, source, own, "任意", values ?? [], null, null);

    private static StudioProblem Problem(string where, string zh) => new(where, zh, "en: " + zh, true);
}
