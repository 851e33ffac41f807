using FormsEngine.Forms;
using FormsEngine.Forms.Loading;

namespace FormsEngine.Tests.Forms.Loading;

/// <summary>The form-level settings: the eligibility rule set and the retention period.</summary>
public class FormSettingsTests
{
    private static FormLoadResult Load(string settings) => FormDefinition.Load($$"""
        {
          "schemaVersion": 1, "id": "elderly", "version": 1, "title": { "zh-CN": "高龄津贴" },
          {{settings}}
          "fields": [ { "type": "number", "key": "年龄" } ]
        }
        """);

    [Fact]
    public void Eligibility_and_retention_load_and_round_trip()
    {
        var result = Load("""
            "eligibility": { "ruleSet": "elderly-allowance", "workflow": "高龄补贴" },
            "retentionDays": 180,
            """);

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.Equal(new FormEligibility("elderly-allowance", "高龄补贴"), result.Form!.Eligibility);
        Assert.Equal(180, result.Form.RetentionDays);

        var again = FormDefinition.Load(result.Form.ToJson());
        Assert.Equal(result.Form.Eligibility, again.Form!.Eligibility);
        Assert.Equal(180, again.Form.RetentionDays);
    }

    [Fact]
    public void Settings_are_optional()
    {
        var result = Load("");

        Assert.Null(result.Form!.Eligibility);
        Assert.Null(result.Form.RetentionDays);
        Assert.DoesNotContain("eligibility", result.Form.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""  "eligibility": { "workflow": "x" },  """, "$.eligibility.ruleSet", LoadCodes.MissingProperty)]
    [InlineData("""  "eligibility": { "ruleSet": "Elderly Allowance" },  """, "$.eligibility.ruleSet", LoadCodes.InvalidId)]
    [InlineData("""  "eligibility": { "ruleSet": "a", "rules": "b" },  """, "$.eligibility.rules", LoadCodes.InvalidValue)]
    [InlineData("""  "eligibility": "elderly-allowance",  """, "$.eligibility", LoadCodes.WrongType)]
    [InlineData("""  "retentionDays": 0,  """, "$.retentionDays", LoadCodes.OutOfRange)]
    [InlineData("""  "retentionDays": 4000,  """, "$.retentionDays", LoadCodes.OutOfRange)]
    [InlineData("""  "retentionDays": "半年",  """, "$.retentionDays", LoadCodes.WrongType)]
    public void Bad_settings_are_reported_with_their_path(string settings, string path, string code)
    {
        var result = Load(settings);

        Assert.Null(result.Form);
        FormFixture.HasDiagnostic(result, path, code);
    }
}
