using FormsEngine.Rules.DecisionTables;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class CellCompileTests
{
    private static string OneCell(string ageCell, string districtCell = "-", string output = "1") =>
        Json("FIRST", AgeAndDistrict, ["结果"], [["< 0", "-", "|", "0"], [ageCell, districtCell, "|", output]]);

    [Fact]
    public void Text_in_a_number_column_points_into_the_cell()
    {
        var diagnostic = Assert.Single(Errors(OneCell("[60..\"八十\")")));

        Assert.Equal("$.rules[1].inputEntries[0]", diagnostic.Path);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(6, diagnostic.Column); // the opening quote of "八十"
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
    }

    [Fact]
    public void Unknown_field_in_a_free_expression_points_at_the_name()
    {
        var diagnostic = Assert.Single(Errors(OneCell("? > input1.收人 * 2")), d => d.IsError);

        Assert.Equal("$.rules[1].inputEntries[0]", diagnostic.Path);
        Assert.Equal((1, 12), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Error_on_a_later_line_of_the_cell_keeps_its_line()
    {
        var diagnostic = Assert.Single(Errors(OneCell("?  > 1 &&\n 未知字段 > 2")), d => d.IsError);

        Assert.Equal((2, 2), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Cell_syntax_errors_have_path_position_and_advice()
    {
        var diagnostic = Assert.Single(Errors(OneCell("-", "\"东区\",,\"西区\"")));

        Assert.Equal("table.cell.syntax", diagnostic.Code);
        Assert.Equal("$.rules[1].inputEntries[1]", diagnostic.Path);
        Assert.Equal((1, 6), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("单元格写法有误", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("cell syntax error", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_cell_is_reported_at_once()
    {
        var errors = Errors(Json("FIRST", AgeAndDistrict, ["结果"],
            [["[60..", "-", "|", "0"], ["-", "60", "|", "0"], ["< 60", "\"东区\"", "|", "\"文本\" * 2"]]));

        Assert.Equal(["$.rules[0].inputEntries[0]", "$.rules[1].inputEntries[1]", "$.rules[2].outputEntries[0]"],
            errors.Where(e => e.IsError).Select(e => e.Path).Distinct());
    }

    [Fact]
    public void A_boolean_expression_without_placeholder_is_a_condition()
    {
        var table = Compile(OneCell("input1.独居 == true && input1.收入 < 2000", "-", "\"低保独居\""));

        Assert.Equal([1], Run(table, "{\"年龄\": 70, \"独居\": true, \"收入\": 1500}").MatchedRows);
        Assert.Empty(Run(table, "{\"年龄\": 70, \"独居\": false, \"收入\": 1500}").MatchedRows);
    }

    [Fact]
    public void A_non_boolean_free_expression_is_an_error_with_advice()
    {
        var diagnostic = Assert.Single(Errors(OneCell("? + 1")));

        Assert.Equal("table.cell.expression", diagnostic.Code);
        Assert.Contains("? > 100", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Boolean_columns_take_true_and_false()
    {
        var table = Compile(Json("UNIQUE", ["独居=input1.独居"], ["上门"], [["true", "|", "true"], ["false", "|", "false"]]));

        Assert.Equal("{\"上门\":true}", Run(table, "{\"独居\": true}").Output.Compact());
        Assert.Equal("{\"上门\":false}", Run(table, "{\"独居\": false}").Output.Compact());
    }

    [Fact]
    public void Input_columns_can_be_computed_expressions()
    {
        var table = Compile(Json("UNIQUE", ["人均=input1.收入 / input1.家庭人数"], ["档次"],
            [["< 1000", "|", "\"低收入\""], [">= 1000", "|", "\"一般\""]]));

        Assert.Equal("{\"档次\":\"低收入\"}", Run(table, "{\"收入\": 2400, \"家庭人数\": 3}").Output.Compact());
    }

    [Fact]
    public void Input_column_errors_have_the_column_path()
    {
        var errors = Errors(Json("FIRST", ["年龄=input1.年令"], ["结果"], [["< 60", "|", "1"]]));

        Assert.Equal("$.inputs[0].expression", Assert.Single(errors, e => e.IsError).Path);
    }

    [Fact]
    public void Output_literals_must_fit_the_declared_type()
    {
        var errors = Errors(Json("FIRST", AgeAndDistrict, ["金额"], [["< 60", "-", "|", "\"一百\""]],
            edit: t => t["outputs"]![0]!["type"] = "number"));

        var error = Assert.Single(errors);
        Assert.Equal(("table.outputType", "$.rules[0].outputEntries[0]"), (error.Code, error.Path));
    }

    [Fact]
    public void Sum_needs_numeric_first_outputs()
    {
        var errors = Errors(Json("COLLECT", AgeAndDistrict, ["项目"], [["< 60", "-", "|", "\"米\""]], aggregation: "SUM"));

        Assert.Equal(("table.aggregationType", "$.rules[0].outputEntries[0]"), (errors[0].Code, errors[0].Path));
    }

    [Fact]
    public void Compiled_table_exposes_its_shape()
    {
        var table = Compile(Json("COLLECT", AgeAndDistrict, ["金额", "项目"], [["< 60", "-", "|", "1", "\"米\""]], aggregation: "SUM"));

        Assert.Equal(("test-table", 1, "测试表"), (table.Id, table.Version, table.Name.Zh));
        Assert.Equal((HitPolicy.Collect, CollectAggregation.Sum, 1), (table.HitPolicy, table.Aggregation, table.RowCount));
        Assert.Equal(["年龄", "社区"], table.InputIds);
        Assert.Equal(["金额", "项目"], table.OutputIds);
    }
}
