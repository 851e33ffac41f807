using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Tests.Identity;
using Jint;

namespace FormsEngine.Tests.Forms.Evaluation;

/// <summary>The resident page's script decides every visibleIf, requiredIf, calculate and validation as the server does.</summary>
public sealed class FormScriptTests
{
    private static readonly ExpressionOptions Clock = new() { TimeProvider = FormFixture.Options.TimeProvider };

    private const string Fields = """
        { "type": "text", "key": "社区", "label": { "zh-CN": "社区" } },
        { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" } },
        { "type": "yesNo", "key": "独居", "label": { "zh-CN": "独居" }, "visibleIf": "年龄 >= 60" },
        { "type": "mobile", "key": "紧急电话", "label": { "zh-CN": "紧急电话" }, "requiredIf": "独居 == true && 社区 != '西区'" },
        { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "fields": [
            { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" } },
            { "type": "calculated", "key": "年龄", "label": { "zh-CN": "年龄" }, "calculate": "age(idBirthDate(身份证号))" },
            { "type": "text", "key": "监护人", "label": { "zh-CN": "监护人" }, "visibleIf": "年龄 < 18", "requiredIf": "社区 == '东区'" },
            { "type": "number", "key": "月收入", "label": { "zh-CN": "月收入" },
              "validations": [ { "expression": "年龄 >= 16 || 月收入 == 0", "message": { "zh-CN": "未满16岁不应有收入", "en": "no income under 16" } } ] } ] },
        { "type": "number", "key": "老人数", "label": { "zh-CN": "老人数" }, "calculate": "家庭成员.Count(m => m.年龄 >= 60) + (年龄 >= 60 ? 1 : 0)" },
        { "type": "text", "key": "说明", "label": { "zh-CN": "说明" }, "visibleIf": "老人数 / (年龄 - 60) > 0.1" }
        """;

    public static TheoryData<string> Answers() => new()
    {
        $$"""{ "社区": "东区", "年龄": 72, "独居": true, "家庭成员": [ { "身份证号": "{{IdVectors.Child2015}}", "月收入": 5 }, { "身份证号": "{{IdVectors.FemaleWithX}}" } ] }""",
        """{ "社区": "西区", "年龄": 60, "独居": false, "家庭成员": [] }""",
        """{ "年龄": 30 }""",
        """{ "社区": "", "家庭成员": [ {} ] }""",
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Script_and_server_agree_on_every_expression(string answersJson)
    {
        var form = CompiledForm.Compile(FormFixture.Form(Fields), Clock);
        Assert.True(form.Succeeded, string.Join(Environment.NewLine, form.Diagnostics));
        var answers = (JsonObject)JsonNode.Parse(answersJson)!;
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute(ExpressionJavaScript.RuntimeLibrary).Execute(form.ToJavaScript());
        engine.Execute($"var F = FormsEngineForms['test-form@1'], root = JSON.parse({JsonSerializer.Serialize(answers.ToJsonString())});");

        var records = new ScopeRecords(form, answers);
        var index = 0;
        var compared = 0;
        foreach (var entry in AnalyzedField.Flatten(form.Form).Where(f => form.Analysis.For(f.QualifiedKey) is not null))
        {
            var expressions = form.Analysis.For(entry.QualifiedKey)!;
            var scopes = entry.RepeatScope is not { } group
                ? [(answers, "root")]
                : (answers[group.Key] as JsonArray ?? []).Select((item, i) => ((JsonObject)item!, $"F.itemScope(root, {JsonSerializer.Serialize(group.Key)}, root[{JsonSerializer.Serialize(group.Key)}][{i}])")).ToList();
            foreach (var (scope, scopeJs) in scopes)
            {
                var record = records.For(scope, entry.RepeatScope);
                void Compare(CompiledExpression? expression, string js)
                {
                    if (expression is null)
                    {
                        return;
                    }

                    var env = JsonSerializer.Serialize(expression.JavaScriptEnvironment().ToJsonString());
                    var browser = JsonNode.Parse(engine.Execute($"var r = JSON.stringify({js}({scopeJs}, JSON.parse({env})));").GetValue("r").AsString())!;
                    var server = expression.Evaluate(record);
                    Assert.Equal(server.IsSuccess, browser["ok"]!.GetValue<bool>());
                    Assert.True(server.IsSuccess ? JsonNode.DeepEquals(server.Value, browser["value"]) : server.ErrorCode == browser["code"]!.GetValue<string>(),
                        $"{entry.QualifiedKey} {js}: server {server} browser {browser.ToJsonString()}");
                    compared++;
                }

                Compare(expressions.VisibleIf, $"F.fields[{index}].visibleIf");
                Compare(expressions.RequiredIf, $"F.fields[{index}].requiredIf");
                Compare(expressions.Calculate, $"F.fields[{index}].calculate");
                for (var v = 0; v < expressions.Validations.Count; v++)
                {
                    Compare(expressions.Validations[v], $"F.fields[{index}].validations[{v}].test");
                }
            }

            index++;
        }

        Assert.True(compared >= 4, $"only {compared} expressions were compared");
    }

    [Fact]
    public void Script_lists_calculations_in_dependency_order_and_escapes_text()
    {
        var script = CompiledForm.Compile(FormFixture.Form(Fields), Clock).ToJavaScript();
        Assert.Contains("calculations: [\"\\u5BB6\\u5EAD\\u6210\\u5458.\\u5E74\\u9F84\", \"\\u8001\\u4EBA\\u6570\"]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
    }
}
