using FormsEngine.Rules.DecisionTables.Cells;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class CellParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("  -  ")]
    public void Dash_and_empty_are_any(string cell) => Assert.IsType<AnyTest>(CellParser.Parse(cell));

    [Theory]
    [InlineData("[60..80)", true, false)]
    [InlineData("(1..3]", false, true)]
    [InlineData("[ 1 .. 3 ]", true, true)]
    [InlineData("(0..1.5)", false, false)]
    public void Ranges_keep_their_bounds(string cell, bool lowClosed, bool highClosed)
    {
        var range = Assert.IsType<RangeTest>(Assert.Single(Assert.IsType<ListTest>(CellParser.Parse(cell)).Tests));
        Assert.Equal(lowClosed, range.LowClosed);
        Assert.Equal(highClosed, range.HighClosed);
        Assert.NotNull(range.Low.Number);
        Assert.NotNull(range.High.Number);
    }

    [Theory]
    [InlineData(">=80", ">=", "80")]
    [InlineData("< 60", "<", "60")]
    [InlineData("= 5", "==", "5")]
    [InlineData("!= \"西区\"", "!=", "\"西区\"")]
    [InlineData("≥ 18", ">=", "18")]
    [InlineData("> input1.收入 * 2", ">", "input1.收入 * 2")]
    public void Comparisons_keep_operator_and_value(string cell, string op, string value)
    {
        var test = Assert.IsType<ComparisonTest>(Assert.Single(Assert.IsType<ListTest>(CellParser.Parse(cell)).Tests));
        Assert.Equal(op, CellTranslator.Symbol(test.Operator));
        Assert.Equal(value, test.Value.Text);
    }

    [Fact]
    public void Lists_split_at_top_level_commas_only()
    {
        var list = Assert.IsType<ListTest>(CellParser.Parse("\"东区\", \"西,区\"，min(1, 2), [1..2]"));
        Assert.Equal(4, list.Tests.Count);
        Assert.Equal("东区", Assert.IsType<ValueTest>(list.Tests[0]).Value.String);
        Assert.Equal("西,区", Assert.IsType<ValueTest>(list.Tests[1]).Value.String);
        Assert.Equal("min(1, 2)", Assert.IsType<ValueTest>(list.Tests[2]).Value.Text);
        Assert.IsType<RangeTest>(list.Tests[3]);
    }

    [Fact]
    public void Numbers_lists_decode_literals()
    {
        var list = Assert.IsType<ListTest>(CellParser.Parse("1, 2, -3.5"));
        Assert.Equal([1m, 2m, -3.5m], list.Tests.Select(t => ((ValueTest)t).Value.Number!.Value));
    }

    [Theory]
    [InlineData("not(\"西区\")", 1)]
    [InlineData("not([60..80))", 1)]
    [InlineData("NOT ( 1, 2 )", 2)]
    public void Negation_wraps_a_list(string cell, int count) =>
        Assert.Equal(count, Assert.IsType<NegatedTest>(CellParser.Parse(cell)).Tests.Count);

    [Fact]
    public void Question_mark_makes_a_free_expression()
    {
        var free = Assert.IsType<FreeTest>(CellParser.Parse("? > input1.收入 * 2 && ? != 0"));
        Assert.Equal([0, 21], free.Placeholders);
    }

    [Fact]
    public void Conditional_and_coalesce_operators_are_not_placeholders()
    {
        var free = Assert.IsType<FreeTest>(CellParser.Parse("(? ?? 0) > (input1.独居 ? 1 : 2)"));
        Assert.Equal([1], free.Placeholders);
    }

    [Theory]
    [InlineData("[60..80", 0, "括号没有闭合")]
    [InlineData("[60 80)", 0, "两个点")]
    [InlineData("60..80]", 6, "右括号")]
    [InlineData("\"东区", 0, "引号没有配对")]
    [InlineData("“东区”", 0, "英文引号")]
    [InlineData("[..80)", 0, "下限")]
    [InlineData("[60..)", 3, "上限")]
    [InlineData(">= ", 0, "缺少值")]
    [InlineData("60-80", 0, "[60..80)")]
    [InlineData("\"东区\",,\"西区\"", 5, "空项")]
    [InlineData("not( )", 3, "not(")]
    [InlineData("\"东区\", not(\"西区\")", 6, "整个单元格")]
    [InlineData("not(not(1))", 4, "整个单元格")]
    public void Syntax_errors_say_where_and_what_to_write(string cell, int position, string hint)
    {
        var ex = Assert.Throws<CellSyntaxException>(() => CellParser.Parse(cell));
        Assert.Equal(position, ex.Position);
        Assert.Contains(hint, ex.MessageZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ex.MessageEn));
    }
}
