using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

/// <summary>Columns of other types: dates, text ranges and lists, which compile and run but are analysed as unknown.</summary>
public class ColumnTypeTests
{
    private static ExpressionSchema DateSchema() => ExpressionSchema.Create()
        .Record("input1", r => r.Field("登记日期", ExpressionType.Date).Field("楼号", ExpressionType.Text).Field("标签", ExpressionType.TextList));

    private static DecisionTable CompileWith(ExpressionSchema schema, string json)
    {
        var compilation = DecisionTable.Compile(json, schema);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.Table!;
    }

    private static DecisionTableResult RunWith(DecisionTable table, string input) =>
        table.Evaluate(ExpressionRecordLoader.Load(table.InputSchema, "{\"input1\":" + input + "}"));

    [Fact]
    public void Date_columns_compare_with_date_expressions()
    {
        var table = CompileWith(DateSchema(), Json("FIRST", ["登记=input1.登记日期"], ["批次"],
            [["< date(\"2024-01-01\")", "|", "\"老住户\""], ["[date(\"2024-01-01\")..date(\"2024-07-01\"))", "|", "\"上半年\""], ["-", "|", "\"新住户\""]]));

        Assert.Equal("{\"批次\":\"上半年\"}", RunWith(table, "{\"登记日期\": \"2024-03-15\"}").Output.Compact());
        Assert.Equal("{\"批次\":\"老住户\"}", RunWith(table, "{\"登记日期\": \"2023-12-31\"}").Output.Compact());
        var analysis = table.Analyze();
        Assert.False(analysis.IsExact);
        Assert.Equal(2, analysis.Diagnostics.Count(d => d.Code == "table.analysis.partial"));
    }

    [Fact]
    public void Text_ranges_use_ordinal_order()
    {
        var table = CompileWith(DateSchema(), Json("UNIQUE", ["楼号=input1.楼号"], ["片区"],
            [["[\"A\"..\"M\")", "|", "\"南片\""], [">= \"M\"", "|", "\"北片\""]]));

        Assert.Equal("{\"片区\":\"南片\"}", RunWith(table, "{\"楼号\": \"C3\"}").Output.Compact());
        Assert.Equal("{\"片区\":\"北片\"}", RunWith(table, "{\"楼号\": \"M1\"}").Output.Compact());
    }

    [Fact]
    public void List_columns_are_tested_with_free_expressions()
    {
        var table = CompileWith(DateSchema(), Json("COLLECT", ["标签=input1.标签"], ["服务"],
            [["?.Contains(\"独居\")", "|", "\"每周探访\""], ["?.Contains(\"残疾\")", "|", "\"无障碍改造\""]], aggregation: "COUNT"));

        Assert.Equal("{\"服务\":2}", RunWith(table, "{\"标签\": [\"独居\", \"残疾\"]}").Output.Compact());
    }

    [Fact]
    public void Number_cell_in_a_text_column_is_a_type_error_at_the_cell()
    {
        var compilation = DecisionTable.Compile(Json("FIRST", ["楼号=input1.楼号"], ["片区"], [["\"A1\", 5", "|", "1"]]), DateSchema());

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("$.rules[0].inputEntries[0]", error.Path);
        Assert.Equal(1, error.Line);
    }
}
