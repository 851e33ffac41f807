using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Forms.Validation;
using FormsEngine.Tests.Identity;

namespace FormsEngine.Tests.Forms.Evaluation;

public sealed class CompiledFormTests
{
    private static readonly ExpressionOptions Clock = new() { TimeProvider = FormFixture.Options.TimeProvider };

    private static CompiledForm Compile(string fieldsJson)
    {
        var compiled = CompiledForm.Compile(FormFixture.Form(fieldsJson), Clock);
        Assert.True(compiled.Succeeded, string.Join(Environment.NewLine, compiled.Diagnostics));
        return compiled;
    }

    private static SubmissionResult Validate(CompiledForm form, string answers) =>
        form.ValidateSubmission((JsonObject)JsonNode.Parse(answers)!, FormFixture.Options);

    private const string Elderly = """
        { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" }, "required": true },
        { "type": "yesNo", "key": "独居", "label": { "zh-CN": "是否独居" }, "visibleIf": "年龄 >= 60", "required": true },
        { "type": "mobile", "key": "紧急联系人电话", "label": { "zh-CN": "紧急联系人电话" }, "requiredIf": "独居 == true" }
        """;

    [Fact]
    public void Hidden_field_is_not_required_and_its_answer_is_ignored()
    {
        var result = Validate(Compile(Elderly), """{ "年龄": 45, "独居": true }""");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["$.独居"], result.IgnoredPaths);
        Assert.False(result.Normalized.ContainsKey("独居"));
    }

    [Fact]
    public void Visible_field_is_required_and_required_if_applies()
    {
        var form = Compile(Elderly);
        var missing = Validate(form, """{ "年龄": 82 }""");
        Assert.Equal(["$.独居"], missing.Errors.Select(e => e.Path));

        var alone = Validate(form, """{ "年龄": "82", "独居": "是" }""");
        var error = Assert.Single(alone.Errors);
        Assert.Equal(("$.紧急联系人电话", "answer.required"), (error.Path, error.Code));

        Assert.True(Validate(form, """{ "年龄": 82, "独居": false }""").IsValid);
    }

    [Fact]
    public void Server_calculates_and_overrides_what_the_client_sent()
    {
        var form = Compile("""
            { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" }, "required": true },
            { "type": "calculated", "key": "年龄", "label": { "zh-CN": "年龄" }, "calculate": "age(idBirthDate(身份证号))" },
            { "type": "yesNo", "key": "需要上门服务", "label": { "zh-CN": "需要上门服务" }, "visibleIf": "年龄 >= 70", "required": true }
            """);
        var result = Validate(form, $$"""{ "身份证号": "{{IdVectors.FemaleWithX}}", "年龄": 18 }""");
        Assert.Equal(75, result.Normalized["年龄"]!.GetValue<decimal>());
        Assert.Equal(["$.需要上门服务"], result.Errors.Select(e => e.Path));

        var young = Validate(form, $$"""{ "身份证号": "{{IdVectors.Male1990}}" }""");
        Assert.True(young.IsValid, string.Join(Environment.NewLine, young.Errors));
        Assert.Equal(35, young.Normalized["年龄"]!.GetValue<decimal>());
    }

    [Fact]
    public void Calculations_chain_in_any_order()
    {
        var form = Compile("""
            { "type": "calculated", "key": "人均", "label": { "zh-CN": "人均" }, "calculate": "round(总收入 / 人数, 2)" },
            { "type": "calculated", "key": "总收入", "label": { "zh-CN": "总收入" }, "calculate": "工资 + 其他收入 ?? 0" },
            { "type": "number", "key": "工资", "label": { "zh-CN": "工资" } },
            { "type": "number", "key": "其他收入", "label": { "zh-CN": "其他收入" } },
            { "type": "number", "key": "人数", "label": { "zh-CN": "人数" }, "integer": true }
            """);
        var result = Validate(form, """{ "工资": 3000, "其他收入": 500, "人数": 3 }""");
        Assert.Equal(1166.67m, result.Normalized["人均"]!.GetValue<decimal>());
    }

    [Fact]
    public void Custom_validation_uses_the_forms_message_and_skips_empty_answers()
    {
        var form = Compile("""
            { "type": "number", "key": "体温", "label": { "zh-CN": "体温" },
              "validations": [ { "expression": "体温 >= 35 && 体温 <= 42", "message": { "zh-CN": "体温应在 35 到 42 度之间", "en": "temperature must be 35-42" } } ] }
            """);
        var error = Assert.Single(Validate(form, """{ "体温": 45 }""").Errors);
        Assert.Equal(("$.体温", "answer.custom", "体温应在 35 到 42 度之间", "temperature must be 35-42"), (error.Path, error.Code, error.MessageZh, error.MessageEn));
        Assert.True(Validate(form, """{ "体温": 36.6 }""").IsValid);
        Assert.True(Validate(form, "{}").IsValid);
    }

    [Fact]
    public void Repeat_items_have_their_own_conditions_calculations_and_validations()
    {
        var form = Compile($$"""
            { "type": "text", "key": "社区", "label": { "zh-CN": "社区" } },
            { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "fields": [
                { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" }, "required": true },
                { "type": "calculated", "key": "年龄", "label": { "zh-CN": "年龄" }, "calculate": "age(idBirthDate(身份证号))" },
                { "type": "text", "key": "监护人", "label": { "zh-CN": "监护人" }, "requiredIf": "年龄 < 18 && 社区 == '东区'" },
                { "type": "number", "key": "月收入", "label": { "zh-CN": "月收入" },
                  "validations": [ { "expression": "年龄 >= 16 || 月收入 == 0", "message": { "zh-CN": "未满16岁不应有收入" } } ] } ] },
            { "type": "number", "key": "未成年人数", "label": { "zh-CN": "未成年人数" }, "calculate": "家庭成员.Count(m => m.年龄 < 18)" }
            """);
        var result = Validate(form, $$"""
            { "社区": "东区", "家庭成员": [
                { "身份证号": "{{IdVectors.Male1990}}", "月收入": 5000 },
                { "身份证号": "{{IdVectors.Child2015}}", "月收入": 100 } ] }
            """);
        Assert.Equal(["$.家庭成员[1].月收入", "$.家庭成员[1].监护人"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal(1, result.Normalized["未成年人数"]!.GetValue<decimal>());
        Assert.Equal(9, result.Normalized["家庭成员"]![1]!["年龄"]!.GetValue<decimal>());
    }

    [Fact]
    public void An_item_field_shadows_the_top_level_field_even_when_unanswered()
    {
        var form = Compile("""
            { "type": "number", "key": "年龄", "label": { "zh-CN": "申请人年龄" } },
            { "type": "repeat", "key": "成员", "label": { "zh-CN": "成员" }, "fields": [
                { "type": "number", "key": "年龄", "label": { "zh-CN": "成员年龄" } },
                { "type": "text", "key": "监护人", "label": { "zh-CN": "监护人" }, "requiredIf": "年龄 < 18" } ] }
            """);
        Assert.True(Validate(form, """{ "年龄": 10, "成员": [ {} ] }""").IsValid);
        Assert.Equal(["$.成员[0].监护人"], Validate(form, """{ "年龄": 40, "成员": [ { "年龄": 8 } ] }""").Errors.Select(e => e.Path));
    }

    [Fact]
    public void A_condition_that_fails_at_run_time_keeps_the_field_visible()
    {
        var form = Compile("""
            { "type": "number", "key": "人数", "label": { "zh-CN": "人数" } },
            { "type": "text", "key": "说明", "label": { "zh-CN": "说明" }, "visibleIf": "10 / 人数 > 1", "required": true }
            """);
        Assert.Equal(["$.说明"], Validate(form, """{ "人数": 0 }""").Errors.Select(e => e.Path));
    }

    [Fact]
    public void Sample_returnee_form_computes_ages_of_household_members()
    {
        var definition = FormDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, "returnee-registration.json"))).Form!;
        var form = CompiledForm.Compile(definition, Clock);
        Assert.True(form.Succeeded, string.Join(Environment.NewLine, form.Diagnostics));
    }

    [Fact]
    public void A_form_with_expression_errors_cannot_validate()
    {
        var form = CompiledForm.Compile(FormFixture.Form("""{ "type": "text", "key": "a", "label": { "zh-CN": "a" }, "visibleIf": "b" }"""));
        Assert.False(form.Succeeded);
        Assert.Throws<InvalidOperationException>(() => form.ValidateSubmission([]));
    }
}
