using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;

namespace FormsEngine.Tests.Forms.Analysis;

public sealed class FormAnalyzerTests
{
    private static FormAnalysis Analyze(string fieldsJson) => FormAnalyzer.Analyze(FormFixture.Form(fieldsJson));

    private static Diagnostic Single(FormAnalysis analysis, string code) =>
        Assert.Single(analysis.Diagnostics, d => d.Code == code);

    [Theory]
    [MemberData(nameof(SampleForms))]
    public void Sample_forms_have_no_expression_errors(string file)
    {
        var form = FormDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, file))).Form!;
        var analysis = FormAnalyzer.Analyze(form);
        Assert.True(analysis.Succeeded, string.Join(Environment.NewLine, analysis.Diagnostics));
    }

    public static TheoryData<string> SampleForms()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleForms, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Unknown_field_is_an_error_at_the_field_path_with_line_col_and_suggestion()
    {
        var analysis = Analyze("""
            { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" } },
            { "type": "yesNo", "key": "独居", "label": { "zh-CN": "独居" }, "visibleIf": "年纪 >= 60" }
            """);
        var error = Assert.Single(analysis.Diagnostics);
        Assert.Equal("$.fields[1].visibleIf", error.Path);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("年龄", error.MessageZh, StringComparison.Ordinal);
        Assert.False(analysis.Succeeded);
    }

    [Fact]
    public void Visibility_must_be_a_condition()
    {
        var analysis = Analyze("""
            { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" } },
            { "type": "text", "key": "备注", "label": { "zh-CN": "备注" }, "visibleIf": "年龄 + 1" }
            """);
        Assert.Equal("$.fields[1].visibleIf", Single(analysis, "form.expression.notCondition").Path);
    }

    [Fact]
    public void Custom_validation_errors_carry_their_index()
    {
        var analysis = Analyze("""
            { "type": "number", "key": "人数", "label": { "zh-CN": "人数" },
              "validations": [ { "expression": "人数 > 0", "message": { "zh-CN": "至少一人" } }, { "expression": "人数 <= 户数", "message": { "zh-CN": "x" } } ] }
            """);
        var error = Assert.Single(analysis.Diagnostics);
        Assert.Equal("$.fields[0].validations[1].expression", error.Path);
        Assert.Equal(7, error.Column);
    }

    [Fact]
    public void Calculate_must_fit_the_field_type()
    {
        var analysis = Analyze("""
            { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" } },
            { "type": "number", "key": "人数", "label": { "zh-CN": "人数" }, "calculate": "姓名" }
            """);
        Assert.Equal("$.fields[1].calculate", Single(analysis, "form.expression.calculateType").Path);
    }

    [Fact]
    public void Calculated_fields_take_the_type_of_their_expression_in_any_order()
    {
        var form = FormFixture.Form("""
            { "type": "calculated", "key": "困难户", "label": { "zh-CN": "困难户" }, "calculate": "人均收入 < 1000" },
            { "type": "calculated", "key": "人均收入", "label": { "zh-CN": "人均收入" }, "calculate": "家庭收入 / 人数" },
            { "type": "number", "key": "家庭收入", "label": { "zh-CN": "家庭收入" } },
            { "type": "number", "key": "人数", "label": { "zh-CN": "人数" } },
            { "type": "text", "key": "说明", "label": { "zh-CN": "说明" }, "visibleIf": "困难户" }
            """);
        var analysis = FormAnalyzer.Analyze(form);
        Assert.True(analysis.Succeeded, string.Join(Environment.NewLine, analysis.Diagnostics));
        Assert.Equal(ExpressionType.Boolean, analysis.For("困难户")!.Calculate!.ResultType);
        Assert.Equal(ExpressionType.Number, analysis.For("人均收入")!.Calculate!.ResultType);

        var schema = FormAnalyzer.CreateSchema(form);
        Assert.True(schema.TryGetField("人均收入", out var field));
        Assert.Equal(ExpressionType.Number, field.Type);
    }

    [Fact]
    public void Calculate_cycle_is_named_by_its_path()
    {
        var analysis = Analyze("""
            { "type": "calculated", "key": "a", "label": { "zh-CN": "a" }, "calculate": "b + 1" },
            { "type": "calculated", "key": "b", "label": { "zh-CN": "b" }, "calculate": "c + 1" },
            { "type": "calculated", "key": "c", "label": { "zh-CN": "c" }, "calculate": "a + 1" }
            """);
        var cycle = Single(analysis, "form.expression.cycle");
        Assert.Contains("a → b → c → a", cycle.MessageZh, StringComparison.Ordinal);
        Assert.Equal("$.fields[0]", cycle.Path);
    }

    [Fact]
    public void Visibility_cycle_is_an_error()
    {
        var analysis = Analyze("""
            { "type": "text", "key": "x", "label": { "zh-CN": "x" }, "visibleIf": "y == '是'" },
            { "type": "text", "key": "y", "label": { "zh-CN": "y" }, "visibleIf": "x == '是'" }
            """);
        Assert.Contains("x → y → x", Single(analysis, "form.expression.cycle").MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_reference_is_a_cycle()
    {
        var analysis = Analyze("""{ "type": "number", "key": "n", "label": { "zh-CN": "n" }, "calculate": "n + 1" }""");
        Assert.Contains("n → n", Single(analysis, "form.expression.cycle").MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_that_can_never_be_visible_are_warnings_and_propagate()
    {
        var analysis = Analyze("""
            { "type": "text", "key": "旧字段", "label": { "zh-CN": "旧" }, "visibleIf": "1 > 2" },
            { "type": "text", "key": "追问", "label": { "zh-CN": "追问" }, "visibleIf": "旧字段 == '有'" },
            { "type": "page", "key": "停用页", "label": { "zh-CN": "停用" }, "visibleIf": "false",
              "fields": [ { "type": "text", "key": "页内", "label": { "zh-CN": "页内" } } ] },
            { "type": "text", "key": "正常", "label": { "zh-CN": "正常" }, "visibleIf": "追问 == null || isBlank(旧字段)" }
            """);
        Assert.True(analysis.Succeeded);
        var warnings = analysis.Diagnostics.Where(d => d.Code == "form.field.neverVisible").Select(d => d.Path).ToList();
        Assert.Equal(["$.fields[0].visibleIf", "$.fields[1].visibleIf", "$.fields[2].visibleIf"], warnings);
        Assert.Equal(["停用页", "旧字段", "追问", "页内"], analysis.NeverVisible.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Repeat_item_expressions_see_siblings_and_top_level_fields()
    {
        var analysis = Analyze("""
            { "type": "text", "key": "社区", "label": { "zh-CN": "社区" } },
            { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "fields": [
                { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" } },
                { "type": "yesNo", "key": "需要上门", "label": { "zh-CN": "需要上门" }, "visibleIf": "年龄 >= 80 && 社区 == '东区'" } ] },
            { "type": "number", "key": "老人数", "label": { "zh-CN": "老人数" }, "calculate": "家庭成员.Count(m => m.年龄 >= 60)" }
            """);
        Assert.True(analysis.Succeeded, string.Join(Environment.NewLine, analysis.Diagnostics));
        Assert.NotNull(analysis.For("家庭成员.需要上门")!.VisibleIf);
    }

    [Fact]
    public void Repeat_item_cycle_uses_qualified_keys()
    {
        var analysis = Analyze("""
            { "type": "repeat", "key": "成员", "label": { "zh-CN": "成员" }, "fields": [
                { "type": "number", "key": "p", "label": { "zh-CN": "p" }, "calculate": "q * 2" },
                { "type": "number", "key": "q", "label": { "zh-CN": "q" }, "calculate": "p / 2" } ] }
            """);
        Assert.Contains("成员.p → 成员.q → 成员.p", Single(analysis, "form.expression.cycle").MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var analysis = Analyze("""
            { "type": "text", "key": "a", "label": { "zh-CN": "a" }, "visibleIf": "b > 1", "requiredIf": "zz" },
            { "type": "text", "key": "b", "label": { "zh-CN": "b" }, "calculate": "System.IO.File.Delete('x')" }
            """);
        var paths = analysis.Diagnostics.Where(d => d.IsError).Select(d => d.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["$.fields[0].requiredIf", "$.fields[0].visibleIf", "$.fields[1].calculate"], paths);
    }
}
