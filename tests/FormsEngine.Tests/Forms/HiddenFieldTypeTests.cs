using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Tests.Forms;

/// <summary>A hidden field takes its type from its default: form posts are text, so "500" must become the number 500.</summary>
public sealed class HiddenFieldTypeTests
{
    private const string Json = """
        {"schemaVersion": 1, "id": "balance", "version": 1, "title": {"zh-CN": "兑换"},
         "fields": [
           {"type": "hidden", "key": "当前余额", "default": 0},
           {"type": "hidden", "key": "已核验", "default": false},
           {"type": "hidden", "key": "渠道", "default": "二维码"},
           {"type": "calculated", "key": "够用", "label": {"zh-CN": "够用"}, "calculate": "当前余额 >= 300"}
         ]}
        """;

    [Fact]
    public void Posted_text_takes_the_type_of_the_default()
    {
        var form = CompiledForm.Compile(FormDefinition.Load(Json).Form!);

        var result = form.ValidateSubmission(new JsonObject { ["当前余额"] = "500", ["已核验"] = "true", ["渠道"] = "123" });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(500m, result.Normalized["当前余额"]!.GetValue<decimal>());
        Assert.True(result.Normalized["已核验"]!.GetValue<bool>());
        Assert.Equal("123", result.Normalized["渠道"]!.GetValue<string>());
        Assert.True(result.Normalized["够用"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("当前余额", "很多")]
    [InlineData("已核验", "yes")]
    public void Text_that_is_not_of_the_type_is_refused_at_its_path(string key, string posted)
    {
        var form = CompiledForm.Compile(FormDefinition.Load(Json).Form!);

        var error = Assert.Single(form.ValidateSubmission(new JsonObject { [key] = posted }).Errors);

        Assert.Equal("$." + key, error.Path);
    }
}
