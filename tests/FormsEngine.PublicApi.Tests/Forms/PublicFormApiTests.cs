using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Validation;

namespace FormsEngine.PublicApi.Tests.Forms;

/// <summary>The forms API exactly as the host or designer sees it: load, validate, save.</summary>
public class PublicFormApiTests
{
    private static string SamplePath(string id)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "rulepacks", "forms", id + ".json");
    }

    private static FormDefinition LoadSample(string id)
    {
        using var stream = File.OpenRead(SamplePath(id));
        var result = FormDefinition.Load(stream);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Success);
        return result.Form!;
    }

    [Fact]
    public void The_elderly_allowance_sample_names_its_eligibility_rules_and_retention()
    {
        var form = LoadSample("elderly-allowance");

        Assert.Equal(new FormEligibility("elderly-allowance", "高龄补贴"), form.Eligibility);
        Assert.Equal(365, form.RetentionDays);
    }

    [Fact]
    public void Loads_a_sample_and_reads_its_fields()
    {
        var form = LoadSample("returnee-registration");

        Assert.Equal("returnee-registration", form.Id);
        Assert.Equal("返乡人员登记", form.Title.Zh);
        Assert.Equal("Returnee registration", form.Title.En);
        var members = form.FindField("家庭成员");
        Assert.NotNull(members);
        Assert.Equal(["姓名", "身份证号", "关系", "年龄"], members.Fields.Select(f => f.Key));
        Assert.Equal(PersonalDataClass.Sensitive, members.Fields[1].PersonalData);
        Assert.Equal("交通方式 == 'train' || 交通方式 == 'plane'", form.FindField("车次航班")!.VisibleIf);
    }

    [Fact]
    public void Validates_a_submission_with_errors_and_normalized_answers()
    {
        var form = LoadSample("daily-health-checkin");
        var clock = new StoppedClock(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.FromHours(8)));

        var result = form.ValidateSubmission(
            """{ "姓名": " 孙八 ", "手机号": "12345", "体温": "36.8", "打卡时间": "2025-06-01 07:55", "来自": "小程序" }""",
            new SubmissionOptions { TimeProvider = clock });

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.手机号", error.Path);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("手机号码格式不正确，应为11位数字", error.MessageZh);
        Assert.Equal(["$.来自"], result.IgnoredPaths);
        Assert.Equal("孙八", result.Normalized["姓名"]!.GetValue<string>());
        Assert.Equal(36.8m, result.Normalized["体温"]!.GetValue<decimal>());
    }

    [Fact]
    public void Conditions_hook_is_public()
    {
        var form = LoadSample("visitor-pass");
        var answers = new JsonObject { ["访客姓名"] = "周九", ["访客手机"] = "13800001111", ["来访日期"] = "2025-06-02", ["被访住户"] = new JsonObject { ["community"] = "幸福里", ["building"] = "1", ["unit"] = "1", ["room"] = "101" }, ["驾车"] = true };
        var options = new SubmissionOptions
        {
            Conditions = new PlateRequiredWhenDriving(),
            TimeProvider = new StoppedClock(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.FromHours(8))),
        };

        var result = form.ValidateSubmission(answers, options);

        Assert.Equal("$.车牌号", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Round_trips_losslessly_and_reports_every_problem()
    {
        var saved = LoadSample("visitor-pass").ToJson();
        var again = FormDefinition.Load(Encoding.UTF8.GetBytes(saved));
        Assert.Equal(saved, again.Form!.ToJson());

        var bad = FormDefinition.Load("""{ "schemaVersion": 1, "id": "x", "version": 1, "title": { "zh-CN": "表" }, "fields": [ { "type": "singleChoice", "key": "a", "options": [] }, { "type": "text", "key": "a" } ] }""");
        Assert.Null(bad.Form);
        Assert.Equal(["$.fields[0].options", "$.fields[1].key"], bad.Diagnostics.Select(d => d.Path));
        Assert.Equal("$.fields[0].options: 选择题至少需要一个选项 / a choice field needs at least one option", bad.Diagnostics[0].ToString());
    }

    private sealed class PlateRequiredWhenDriving : IFieldConditions
    {
        public bool IsVisible(FormField field, JsonObject scope, JsonObject root) =>
            field.Key != "车牌号" || root["驾车"]?.GetValue<bool>() == true;

        public bool IsRequired(FormField field, JsonObject scope, JsonObject root) =>
            field.Required || (field.Key == "车牌号" && root["驾车"]?.GetValue<bool>() == true);
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
