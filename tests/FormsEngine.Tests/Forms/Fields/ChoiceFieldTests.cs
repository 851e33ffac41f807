using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class ChoiceFieldTests
{
    private const string Options = """
        "options": [ { "value": "train", "label": { "zh-CN": "火车" } }, { "value": "plane", "label": { "zh-CN": "飞机", "en": "Plane" } }, { "value": "3", "label": { "zh-CN": "三" } } ]
        """;

    private const string Single = $$"""{ "type": "singleChoice", "key": "f", {{Options}} }""";
    private const string Multiple = $$"""{ "type": "multipleChoice", "key": "f", "minSelected": 1, "maxSelected": 2, {{Options}} }""";

    [Theory]
    [InlineData("\"train\"", "train")]
    [InlineData("\" plane \"", "plane")]
    [InlineData("3", "3")]
    public void Single_accepts_option_values(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized(Single, answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"bus\"", SubmissionCodes.NotAnOption)]
    [InlineData("\"Train\"", SubmissionCodes.NotAnOption)]
    [InlineData("true", SubmissionCodes.WrongType)]
    public void Single_rejects_other_answers(string answer, string code) =>
        FormFixture.SingleError(FormFixture.One(Single, answer), "$.f", code);

    [Fact]
    public void Multiple_returns_distinct_values_in_order()
    {
        var normalized = FormFixture.Normalized(Multiple, """["plane", "train", "plane"]""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["plane","train"]"""), normalized));
    }

    [Fact]
    public void Multiple_accepts_a_single_value() =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["train"]"""), FormFixture.Normalized(Multiple, "\"train\"")));

    [Fact]
    public void Multiple_reports_each_bad_item_by_index()
    {
        var result = FormFixture.One(Multiple, """["train", "bus", null]""");

        Assert.Equal([("$.f[1]", SubmissionCodes.NotAnOption), ("$.f[2]", SubmissionCodes.WrongType)], result.Errors.Select(e => (e.Path!, e.Code)));
    }

    [Fact]
    public void Multiple_enforces_max_selected() =>
        FormFixture.SingleError(FormFixture.One(Multiple, """["train", "plane", "3"]"""), "$.f", SubmissionCodes.TooManyChoices);

    [Fact]
    public void Multiple_enforces_min_selected()
    {
        const string atLeastTwo = $$"""{ "type": "multipleChoice", "key": "f", "minSelected": 2, {{Options}} }""";

        FormFixture.SingleError(FormFixture.One(atLeastTwo, """["train"]"""), "$.f", SubmissionCodes.TooFewChoices);
    }

    [Fact]
    public void Empty_array_is_missing() =>
        FormFixture.SingleError(FormFixture.One(Multiple.Replace("\"key\": \"f\",", "\"key\": \"f\", \"required\": true,", StringComparison.Ordinal), "[]"), "$.f", SubmissionCodes.Required);
}
