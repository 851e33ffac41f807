using FormsEngine.Diagnostics;
using FormsEngine.Rules.DecisionTables;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class AnalysisTests
{
    private static DecisionTableAnalysis Analyze(string hitPolicy, string[][] rows, DecisionTableOptions? options = null)
    {
        var compilation = DecisionTable.Compile(Json(hitPolicy, AgeAndDistrict, ["补贴"], rows), Schema(), options);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.Table!.Analyze();
    }

    [Fact]
    public void Complete_disjoint_table_is_clean()
    {
        var analysis = Analyze("UNIQUE",
        [
            ["< 60", "-", "|", "0"],
            ["[60..80)", "\"东区\",\"西区\"", "|", "100"],
            ["[60..80)", "not(\"东区\",\"西区\")", "|", "80"],
            [">= 80", "-", "|", "200"],
        ]);

        Assert.Empty(analysis.Diagnostics);
        Assert.True(analysis.IsExact);
        Assert.Empty(analysis.Overlaps);
        Assert.Empty(analysis.Gaps);
    }

    [Fact]
    public void Unique_overlap_is_an_error_with_an_example()
    {
        var analysis = Analyze("UNIQUE", [["< 60", "-", "|", "0"], ["[50..70]", "\"东区\"", "|", "10"], ["> 70", "-", "|", "20"]]);

        var overlap = Assert.Single(analysis.Overlaps);
        Assert.Equal((0, 1), (overlap.FirstRow, overlap.SecondRow));
        Assert.Equal("{\"年龄\":50,\"社区\":\"东区\"}", overlap.Example.Compact());
        var error = Assert.Single(analysis.Diagnostics, d => d.IsError);
        Assert.Equal(("table.overlap", "$.rules[1]"), (error.Code, error.Path));
        Assert.Contains("第 1 行（$.rules[0]）、第 2 行（$.rules[1]）有重叠：例如 年龄 = 50，社区 = \"东区\"", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Touching_ranges_do_not_overlap_but_shared_bounds_do()
    {
        Assert.Empty(Analyze("UNIQUE", [["[0..60)", "-", "|", "0"], ["[60..100]", "-", "|", "1"]]).Overlaps);
        Assert.Equal("{\"年龄\":60,\"社区\":\"其他\"}",
            Assert.Single(Analyze("UNIQUE", [["[0..60]", "-", "|", "0"], ["[60..100]", "-", "|", "1"]]).Overlaps).Example.Compact());
    }

    [Fact]
    public void Gap_names_an_example_input()
    {
        var analysis = Analyze("UNIQUE", [["[60..80)", "\"东区\",\"西区\"", "|", "100"], [">= 80", "-", "|", "200"]]);

        Assert.Equal(
            ["{\"年龄\":59,\"社区\":\"东区\"}", "{\"年龄\":60,\"社区\":\"其他\"}"],
            analysis.Gaps.Select(g => g.Example.Compact()));
        Assert.Equal("年龄 = 59", analysis.Gaps[0].DescriptionZh);
        Assert.Equal("年龄 = 60，社区 = 其他值（不是 \"东区\"、\"西区\"）", analysis.Gaps[1].DescriptionZh);
        Assert.All(analysis.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, "table.gap"), (d.Severity, d.Code)));
        Assert.Contains("例如 年龄 = 59", analysis.Diagnostics[0].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_overlap_warns_only_when_outputs_differ()
    {
        var same = Analyze("ANY", [[">= 60", "-", "|", "100"], ["< 60", "-", "|", "0"], [">= 60", "\"东区\"", "|", "100"]]);
        var different = Analyze("ANY", [[">= 60", "-", "|", "100"], ["< 60", "-", "|", "0"], [">= 60", "\"东区\"", "|", "50"]]);

        Assert.Empty(same.Diagnostics);
        Assert.True(Assert.Single(same.Overlaps).SameOutputs);
        var warning = Assert.Single(different.Diagnostics);
        Assert.Equal(("table.overlap", "$.rules[2]"), (warning.Code, warning.Path));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void First_tables_may_overlap_silently()
    {
        var analysis = Analyze("FIRST", [[">= 80", "-", "|", "200"], ["-", "-", "|", "0"]]);

        Assert.Single(analysis.Overlaps);
        Assert.Empty(analysis.Diagnostics);
    }

    [Fact]
    public void Free_expressions_are_unknown_never_false_overlaps_and_said_so()
    {
        var analysis = Analyze("UNIQUE", [["? > input1.收入 * 2", "-", "|", "1"], ["< 60", "-", "|", "0"], [">= 60", "-", "|", "2"]]);

        Assert.False(analysis.IsExact);
        Assert.Empty(analysis.Overlaps);
        Assert.Empty(analysis.Gaps);
        var warning = Assert.Single(analysis.Diagnostics);
        Assert.Equal(("table.analysis.partial", "$.rules[0].inputEntries[0]"), (warning.Code, warning.Path));
    }

    [Fact]
    public void Rows_with_unknown_cells_do_not_hide_real_gaps_elsewhere()
    {
        var analysis = Analyze("UNIQUE", [["? > input1.收入 * 2", "\"东区\"", "|", "1"], ["< 60", "\"西区\"", "|", "0"]]);

        Assert.Contains(analysis.Gaps, g => g.DescriptionZh.Contains("不是 \"东区\"、\"西区\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_large_search_stops_at_the_cap_and_says_so()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new[] { $"[{i * 10}..{i * 10 + 5}]", $"\"区{i}\"", "|", "1" }).ToArray();

        var analysis = Analyze("FIRST", rows, new DecisionTableOptions { MaxAnalysisSteps = 50, MaxReportedGaps = 1000 });

        Assert.False(analysis.IsExact);
        Assert.Contains(analysis.Diagnostics, d => d.Code == "table.analysis.tooLarge");
    }

    [Fact]
    public void Validate_combines_compile_and_analysis_findings()
    {
        var json = Json("UNIQUE", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"], ["<= 60", "-", "|", "1"]]);

        var diagnostics = DecisionTable.Validate(json, Schema());

        Assert.Contains(diagnostics, d => d.Code == "table.overlap" && d.IsError);
        Assert.Contains(diagnostics, d => d.Code == "table.gap");
    }

    [Fact]
    public void Gap_reports_are_capped()
    {
        var analysis = Analyze("UNIQUE", [["= 1", "\"东区\"", "|", "0"], ["= 3", "\"西区\"", "|", "1"], ["= 5", "-", "|", "2"]],
            new DecisionTableOptions { MaxReportedGaps = 2 });

        Assert.Equal(2, analysis.Gaps.Count);
        Assert.Equal(2, analysis.Diagnostics.Count(d => d.Code == "table.gap"));
        Assert.True(analysis.IsExact);
    }

    [Fact]
    public void Gap_description_names_only_the_columns_that_matter()
    {
        var compilation = DecisionTable.Compile(Json("FIRST", ["年龄=input1.年龄", "社区=input1.社区", "独居=input1.独居"], ["结果"],
            [[">= 18", "-", "-", "|", "1"], ["< 18", "\"东区\"", "true", "|", "2"]]), Schema());

        var gaps = compilation.Table!.Analyze().Gaps;

        Assert.Equal("年龄 = 17，社区 = \"东区\"，独居 = false", gaps[0].DescriptionZh);
        Assert.Equal("年龄 = 17，社区 = 其他值（不是 \"东区\"）", gaps[1].DescriptionZh);
        Assert.Equal("{\"年龄\":17,\"社区\":\"其他\",\"独居\":true}", gaps[1].Example.Compact());
    }
}
