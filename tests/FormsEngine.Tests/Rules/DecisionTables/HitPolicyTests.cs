using System.Text.Json.Nodes;
using FormsEngine.Rules.DecisionTables;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class HitPolicyTests
{
    private static readonly string[][] AgeBands =
    [
        ["< 60", "-", "|", "0"],
        ["[60..80)", "\"东区\",\"西区\"", "|", "100"],
        ["[60..80)", "not(\"东区\",\"西区\")", "|", "80"],
        [">= 80", "-", "|", "200"],
    ];

    [Theory]
    [InlineData("{\"年龄\": 45, \"社区\": \"东区\"}", 0, "0")]
    [InlineData("{\"年龄\": 60, \"社区\": \"西区\"}", 1, "100")]
    [InlineData("{\"年龄\": 79.5, \"社区\": \"北区\"}", 2, "80")]
    [InlineData("{\"年龄\": 80, \"社区\": \"北区\"}", 3, "200")]
    public void Unique_returns_the_one_matching_row(string input, int row, string amount)
    {
        var table = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], AgeBands));

        var result = Run(table, input);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal([row], result.MatchedRows);
        Assert.Equal(amount, result.Output!["补贴"].Compact());
    }

    [Fact]
    public void Unique_with_two_matches_fails_naming_both_rows()
    {
        var table = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"], ["<= 50", "\"东区\"", "|", "10"]]));

        var result = Run(table, "{\"年龄\": 45, \"社区\": \"东区\"}");

        Assert.False(result.IsSuccess);
        Assert.Equal("table.run.notUnique", result.ErrorCode);
        Assert.Equal([0, 1], result.MatchedRows);
        Assert.Contains("第 1 行（$.rules[0]）、第 2 行（$.rules[1]）", result.MessageZh, StringComparison.Ordinal);
        Assert.Contains("row 2 ($.rules[1])", result.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void No_match_gives_null_or_the_defaults()
    {
        var plain = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], [[">= 80", "-", "|", "200"]]));
        var withDefault = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], [[">= 80", "-", "|", "200"]],
            edit: t => t["outputs"]![0]!["default"] = 0));

        var none = Run(plain, "{\"年龄\": 30}");
        var fallback = Run(withDefault, "{\"年龄\": 30}");

        Assert.True(none.IsSuccess);
        Assert.Empty(none.MatchedRows);
        Assert.Null(none.Output);
        Assert.Equal("{\"补贴\":0}", fallback.Output.Compact());
    }

    [Fact]
    public void Missing_input_matches_only_dash_cells()
    {
        var table = Compile(Json("FIRST", AgeAndDistrict, ["结果"],
            [["-", "not(\"东区\")", "|", "\"非东区\""], ["< 60", "-", "|", "\"年轻\""], ["-", "!= \"西区\"", "|", "\"非西区\""], ["-", "-", "|", "\"其他\""]]));

        var result = Run(table, "{}");

        Assert.Equal([3], result.MatchedRows);
        Assert.Equal([2], Run(table, "{\"社区\": \"东区\"}").MatchedRows);
    }

    [Fact]
    public void First_stops_at_the_first_match()
    {
        var table = Compile(Json("FIRST", AgeAndDistrict, ["补贴"], [[">= 60", "-", "|", "100"], [">= 80", "-", "|", "200"]]));

        var result = Run(table, "{\"年龄\": 85}");

        Assert.Equal([0], result.MatchedRows);
        Assert.Equal("{\"补贴\":100}", result.Output.Compact());
    }

    [Fact]
    public void Priority_by_allowed_values_picks_the_earliest_value()
    {
        var table = Compile(Json("PRIORITY", AgeAndDistrict, ["等级"],
            [[">= 60", "-", "|", "\"关注\""], [">= 80", "-", "|", "\"紧急\""], ["-", "\"东区\"", "|", "\"一般\""]],
            edit: t => t["outputs"]![0]!["allowedValues"] = new JsonArray("紧急", "关注", "一般")));

        Assert.Equal("{\"等级\":\"紧急\"}", Run(table, "{\"年龄\": 85, \"社区\": \"东区\"}").Output.Compact());
        Assert.Equal("{\"等级\":\"关注\"}", Run(table, "{\"年龄\": 70, \"社区\": \"东区\"}").Output.Compact());
        Assert.Equal([0, 1, 2], Run(table, "{\"年龄\": 85, \"社区\": \"东区\"}").MatchedRows);
    }

    [Fact]
    public void Priority_by_explicit_row_priority_breaks_ties_by_order()
    {
        var table = Compile(Json("PRIORITY", AgeAndDistrict, ["处理人"],
            [["-", "-", "|", "\"网格员\""], [">= 80", "-", "|", "\"社工\""], [">= 80", "\"东区\"", "|", "\"主任\""]],
            edit: t =>
            {
                t["rules"]![0]!["priority"] = 1;
                t["rules"]![1]!["priority"] = 5;
                t["rules"]![2]!["priority"] = 5;
            }));

        Assert.Equal("{\"处理人\":\"社工\"}", Run(table, "{\"年龄\": 90, \"社区\": \"东区\"}").Output.Compact());
        Assert.Equal("{\"处理人\":\"网格员\"}", Run(table, "{\"年龄\": 50}").Output.Compact());
    }

    [Fact]
    public void Any_accepts_agreeing_rows_and_fails_on_conflict()
    {
        var table = Compile(Json("ANY", AgeAndDistrict, ["补贴"],
            [[">= 80", "-", "|", "200"], ["-", "\"东区\"", "|", "200.0"], ["-", "\"西区\"", "|", "150"]]));

        var agree = Run(table, "{\"年龄\": 85, \"社区\": \"东区\"}");
        var conflict = Run(table, "{\"年龄\": 85, \"社区\": \"西区\"}");

        Assert.True(agree.IsSuccess);
        Assert.Equal([0, 1], agree.MatchedRows);
        Assert.Equal(200m, agree.Output!["补贴"]!.GetValue<decimal>());
        Assert.False(conflict.IsSuccess);
        Assert.Equal("table.run.anyConflict", conflict.ErrorCode);
        Assert.Contains("$.rules[2]", conflict.MessageZh, StringComparison.Ordinal);
    }

    private static DecisionTable Allowances(string? aggregation) => Compile(Json("COLLECT", AgeAndDistrict, ["金额", "项目"],
        [[">= 60", "-", "|", "100", "\"高龄补贴\""], [">= 80", "-", "|", "200", "\"长寿补贴\""], ["-", "\"东区\"", "|", "50.5", "\"社区补贴\""]],
        aggregation));

    [Theory]
    [InlineData("SUM", "{\"年龄\": 85, \"社区\": \"东区\"}", "{\"金额\":350.5}")]
    [InlineData("COUNT", "{\"年龄\": 85, \"社区\": \"东区\"}", "{\"金额\":3}")]
    [InlineData("MIN", "{\"年龄\": 85, \"社区\": \"东区\"}", "{\"金额\":50.5}")]
    [InlineData("MAX", "{\"年龄\": 85, \"社区\": \"东区\"}", "{\"金额\":200}")]
    [InlineData("SUM", "{\"年龄\": 30}", "{\"金额\":0}")]
    [InlineData("COUNT", "{\"年龄\": 30}", "{\"金额\":0}")]
    [InlineData("MIN", "{\"年龄\": 30}", "{\"金额\":null}")]
    [InlineData("MAX", "{\"年龄\": 30}", "{\"金额\":null}")]
    public void Collect_aggregates_the_first_output(string aggregation, string input, string expected)
    {
        var result = Run(Allowances(aggregation), input);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(expected, result.Output.Compact());
    }

    [Fact]
    public void Collect_without_aggregation_lists_every_match()
    {
        var result = Run(Allowances(null), "{\"年龄\": 70, \"社区\": \"东区\"}");

        Assert.Equal([0, 2], result.MatchedRows);
        Assert.Equal("[{\"金额\":100,\"项目\":\"高龄补贴\"},{\"金额\":50.5,\"项目\":\"社区补贴\"}]", result.Output.Compact());
        Assert.Equal("[]", Run(Allowances(null), "{\"年龄\": 30}").Output.Compact());
    }

    [Fact]
    public void Rule_order_lists_matches_in_row_order()
    {
        var table = Compile(Json("RULE ORDER", AgeAndDistrict, ["提醒"],
            [["-", "\"东区\"", "|", "\"东区通知\""], [">= 60", "-", "|", "\"上门探访\""], [">= 90", "-", "|", "\"每日电话\""]]));

        var result = Run(table, "{\"年龄\": 92, \"社区\": \"东区\"}");

        Assert.Equal(HitPolicy.RuleOrder, table.HitPolicy);
        Assert.Equal("[{\"提醒\":\"东区通知\"},{\"提醒\":\"上门探访\"},{\"提醒\":\"每日电话\"}]", result.Output.Compact());
    }

    [Fact]
    public void Output_expressions_read_inputs()
    {
        var table = Compile(Json("FIRST", ["人数=input1.家庭人数"], ["大米", "备注"],
            [["[1..2]", "|", "10", "\"小户\""], ["> 2", "|", "input1.家庭人数 * 5", "'大户' + input1.社区"]]));

        Assert.Equal("{\"大米\":30,\"备注\":\"大户东区\"}", Run(table, "{\"家庭人数\": 6, \"社区\": \"东区\"}").Output.Compact());
    }
}
