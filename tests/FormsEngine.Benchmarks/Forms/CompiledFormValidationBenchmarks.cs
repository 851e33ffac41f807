using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Benchmarks.Forms;

/// <summary>
/// Server-side validation of a returnee registration with expressions (visibleIf, requiredIf, calculate and custom
/// validations, top level and in a 3-member household), against the same form's plain validation that ignores every
/// expression (baseline): the price of evaluating the expressions on the server.
/// </summary>
[MemoryDiagnoser]
public class CompiledFormValidationBenchmarks
{
    private const string FormJson = """
        { "schemaVersion": 1, "id": "bench-returnee", "version": 1, "title": { "zh-CN": "返乡登记" }, "fields": [
          { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "required": true, "maxLength": 30 },
          { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" }, "required": true },
          { "type": "calculated", "key": "年龄", "label": { "zh-CN": "年龄" }, "calculate": "age(idBirthDate(身份证号))" },
          { "type": "mobile", "key": "手机号", "label": { "zh-CN": "手机号" }, "required": true },
          { "type": "singleChoice", "key": "交通方式", "label": { "zh-CN": "交通方式" }, "required": true,
            "options": [ { "value": "train", "label": { "zh-CN": "火车" } }, { "value": "car", "label": { "zh-CN": "自驾" } } ] },
          { "type": "text", "key": "车次", "label": { "zh-CN": "车次" }, "visibleIf": "交通方式 == 'train'", "requiredIf": "交通方式 == 'train'" },
          { "type": "text", "key": "车牌", "label": { "zh-CN": "车牌" }, "visibleIf": "交通方式 == 'car'", "requiredIf": "交通方式 == 'car'" },
          { "type": "number", "key": "体温", "label": { "zh-CN": "体温" }, "required": true,
            "validations": [ { "expression": "体温 >= 35 && 体温 <= 42", "message": { "zh-CN": "体温应在35到42度之间" } } ] },
          { "type": "yesNo", "key": "需要帮助", "label": { "zh-CN": "需要帮助" }, "visibleIf": "年龄 >= 60" },
          { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "maxItems": 10, "fields": [
            { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "required": true },
            { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" }, "required": true },
            { "type": "calculated", "key": "年龄", "label": { "zh-CN": "年龄" }, "calculate": "age(idBirthDate(身份证号))" },
            { "type": "text", "key": "监护人", "label": { "zh-CN": "监护人" }, "visibleIf": "年龄 < 18", "requiredIf": "年龄 < 18" } ] },
          { "type": "number", "key": "老人数", "label": { "zh-CN": "老人数" }, "calculate": "家庭成员.Count(m => m.年龄 >= 60)" }
        ] }
        """;

    private const string AnswersJson = """
        { "姓名": "王芳", "身份证号": "11010519491231002X", "手机号": "13800138000", "交通方式": "train", "车次": "G101",
          "体温": "36.5", "需要帮助": "是", "家庭成员": [
            { "姓名": "李明", "身份证号": "440304199001011233" },
            { "姓名": "李小", "身份证号": "320106201506070014", "监护人": "李明" },
            { "姓名": "张老", "身份证号": "11010119800101007X" } ] }
        """;

    private FormDefinition _form = null!;
    private CompiledForm _compiled = null!;
    private JsonObject _answers = null!;
    private SubmissionOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _form = FormDefinition.Load(FormJson).Form ?? throw new InvalidOperationException("form did not load");
        _compiled = CompiledForm.Compile(_form);
        if (!_compiled.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", _compiled.Diagnostics));
        }

        _answers = (JsonObject)JsonNode.Parse(AnswersJson)!;
        _options = new SubmissionOptions { TimeProvider = new FixedClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(8))) };
        var result = _compiled.ValidateSubmission(_answers, _options);
        if (!result.IsValid || result.Normalized["年龄"]!.GetValue<decimal>() != 75 || result.Normalized["老人数"]!.GetValue<decimal>() != 1)
        {
            throw new InvalidOperationException("unexpected result: " + string.Join("; ", result.Errors) + result.Normalized.ToJsonString());
        }
    }

    [Benchmark(Baseline = true, Description = "plain validation (expressions ignored)")]
    public int Plain() => _form.ValidateSubmission(_answers, _options).Errors.Count;

    [Benchmark(Description = "CompiledForm: calculate, visibleIf, requiredIf, validations")]
    public int WithExpressions() => _compiled.ValidateSubmission(_answers, _options).Errors.Count;
}
