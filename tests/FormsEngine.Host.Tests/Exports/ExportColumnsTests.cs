using System.Text.Json.Nodes;
using FormsEngine.Host.Exports;

namespace FormsEngine.Host.Tests.Exports;

public sealed class ExportColumnsTests
{
    [Fact]
    public void Headers_are_labels_in_form_order_pages_and_static_skipped_repeat_flattened()
    {
        var table = ExportSamples.Table();

        Assert.Equal(ExportSamples.ExpectedHeaders, table.Headers());
        Assert.Equal(["家庭成员", "年龄"], table.Columns[^1].Path);
    }

    [Fact]
    public void Values_are_formatted_for_people()
    {
        var table = ExportSamples.Table();
        var cells = new List<ExportCell>();

        table.Fill(ExportSamples.Row(), cells);
        var text = cells.Select(c => c.ToString()).ToArray();

        Assert.Equal(
            ["FE-000001", "2026-01-20 10:30:00", "幸福里社区", "已通过", "张三", "2", "否", "2026-01-20", "火车/高铁", "咳嗽、发热",
             "幸福里小区 3栋 2单元 501", "我的照片.jpg", "=HYPERLINK(\"http://evil\")", "李四; 王五", "30; "],
            text);
        Assert.Equal(2m, cells[5].Number);
        Assert.Null(cells[4].Number);
    }

    [Fact]
    public void Missing_and_masked_answers_do_not_break_formatting()
    {
        var table = ExportSamples.Table();
        var cells = new List<ExportCell>();
        var answers = new JsonObject { ["住址"] = "***", ["交通方式"] = "ship", ["照片"] = "已隐藏", ["家庭成员"] = "***" };

        table.Fill(ExportSamples.Row() with { Answers = answers }, cells);

        Assert.True(cells[4].IsEmpty);
        Assert.Equal("ship", cells[8].Text);
        Assert.Equal("***", cells[10].Text);
        Assert.Equal("已隐藏", cells[11].Text);
        Assert.True(cells[13].IsEmpty);
    }

    [Fact]
    public void Repeat_with_no_values_is_empty()
    {
        var column = new ExportColumn("家庭成员 / 姓名", ["家庭成员", "姓名"]);

        Assert.True(column.Read(new JsonObject { ["家庭成员"] = new JsonArray() }).IsEmpty);
        Assert.True(column.Read(new JsonObject { ["家庭成员"] = new JsonArray(new JsonObject()) }).IsEmpty);
    }

    [Theory]
    [InlineData("返乡人员登记[2026]: 第一批/二批?", "返乡人员登记2026 第一批二批")]
    [InlineData("'引号'", "引号")]
    [InlineData("[]:*?/\\", SheetNames.Fallback)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void Sheet_names_follow_excel_rules(string title, string expected)
    {
        var name = SheetNames.From(title);

        Assert.Equal(expected, name);
        Assert.True(name.Length <= 31);
    }
}
