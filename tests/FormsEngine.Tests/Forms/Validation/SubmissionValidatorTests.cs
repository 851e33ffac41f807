using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Validation;

public class SubmissionValidatorTests
{
    private const string Fields = """
        { "type": "text", "key": "name", "required": true },
        { "type": "number", "key": "age", "integer": true },
        { "type": "text", "key": "plate", "required": true, "visibleIf": "car" },
        { "type": "hidden", "key": "grid", "required": true }
        """;

    [Fact]
    public void Every_error_is_returned_in_field_order()
    {
        var result = FormFixture.Validate(FormFixture.Form(Fields), """{ "age": "x" }""");

        Assert.Equal(
            [("$.name", SubmissionCodes.Required), ("$.age", SubmissionCodes.NotANumber), ("$.plate", SubmissionCodes.Required), ("$.grid", SubmissionCodes.Required)],
            result.Errors.Select(e => (e.Path!, e.Code)));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Unknown_keys_are_dropped_and_reported_as_ignored()
    {
        var result = FormFixture.Validate(FormFixture.Form(Fields), """{ "name": "a", "plate": "b", "grid": "g1", "extra": 1, "年龄": 3 }""");

        Assert.True(result.IsValid);
        Assert.Equal(["$.extra", "$.年龄"], result.IgnoredPaths);
        Assert.False(result.Normalized.ContainsKey("extra"));
    }

    [Fact]
    public void Odd_keys_get_bracketed_paths()
    {
        var result = FormFixture.Validate(FormFixture.Form(Fields), """{ "name": "a", "plate": "b", "grid": "g", "a b": 1, "it's": 2 }""");

        Assert.Equal(["$['a b']", "$['it\\'s']"], result.IgnoredPaths);
    }

    [Fact]
    public void The_answers_object_is_not_modified()
    {
        var answers = (JsonObject)JsonNode.Parse("""{ "name": " a ", "age": "3", "plate": "b", "grid": "g", "x": 1 }""")!;
        var copy = answers.DeepClone();

        FormFixture.Form(Fields).ValidateSubmission(answers, FormFixture.Options);

        Assert.True(JsonNode.DeepEquals(copy, answers));
    }

    [Fact]
    public void Conditions_decide_visibility_and_required_ness()
    {
        var conditions = new DictionaryConditions(hidden: ["plate", "grid"], required: ["age"]);
        var options = new SubmissionOptions { Conditions = conditions, TimeProvider = FormFixture.Options.TimeProvider };

        var result = FormFixture.Validate(FormFixture.Form(Fields), """{ "name": "a", "plate": "沪A12345" }""", options);

        FormFixture.SingleError(result, "$.age", SubmissionCodes.Required);
        Assert.Equal(["$.plate"], result.IgnoredPaths);
        Assert.False(result.Normalized.ContainsKey("plate"));
        Assert.Contains(conditions.Asked, f => f.Key == "plate");
    }

    [Fact]
    public void Hidden_pages_hide_their_fields()
    {
        var form = FormFixture.Form("""{ "type": "page", "key": "p", "fields": [ { "type": "text", "key": "a", "required": true } ] }""");
        var options = new SubmissionOptions { Conditions = new DictionaryConditions(hidden: ["p"], required: []) };

        var result = FormFixture.Validate(form, """{ "a": "x" }""", options);

        Assert.True(result.IsValid);
        Assert.Equal(["$.a"], result.IgnoredPaths);
    }

    [Fact]
    public void Conditions_see_the_repeat_item_as_scope()
    {
        var form = FormFixture.Form("""{ "type": "repeat", "key": "r", "fields": [ { "type": "text", "key": "a" } ] }""");
        var conditions = new DictionaryConditions(hidden: [], required: ["a"]);

        FormFixture.Validate(form, """{ "r": [ { "a": "1" } ] }""", new SubmissionOptions { Conditions = conditions });

        var (_, scope, root) = Assert.Single(conditions.Calls, c => c.Field.Key == "a");
        Assert.Equal("1", scope["a"]!.GetValue<string>());
        Assert.True(root.ContainsKey("r"));
    }

    [Fact]
    public void Json_text_overload_reports_malformed_and_non_object_answers()
    {
        var form = FormFixture.Form(Fields);

        var malformed = form.ValidateSubmission("{ \"name\": ");
        var array = form.ValidateSubmission("[]");

        Assert.Equal(SubmissionCodes.Malformed, Assert.Single(malformed.Errors).Code);
        Assert.Equal(1, malformed.Errors[0].Line);
        FormFixture.SingleError(array, "$", SubmissionCodes.NotAnObject);
    }

    [Fact]
    public void Lone_surrogate_in_answers_is_an_error_not_an_exception()
    {
        var result = FormFixture.Form(Fields).ValidateSubmission("""{ "name": "\ud800" }""");

        Assert.Equal(SubmissionCodes.Malformed, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Validation_is_culture_invariant()
    {
        var thread = Thread.CurrentThread;
        var saved = thread.CurrentCulture;
        thread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            var form = FormFixture.Form("""{ "type": "number", "key": "n" }, { "type": "date", "key": "d" }""");
            var result = FormFixture.Validate(form, """{ "n": "1.5", "d": "2024-2-29" }""");

            Assert.True(result.IsValid);
            Assert.Equal("""{"n":1.5,"d":"2024-02-29"}""", result.Normalized.ToJsonString());
        }
        finally
        {
            thread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_form_can_be_validated_from_many_threads()
    {
        var form = FormFixture.Form(Fields);

        Parallel.For(0, 200, i =>
        {
            var result = FormFixture.Validate(form, $$"""{ "name": "n{{i}}", "age": {{i}}, "plate": "p", "grid": "g" }""");
            Assert.True(result.IsValid);
            Assert.Equal(i, result.Normalized["age"]!.GetValue<long>());
        });
    }

    private sealed class DictionaryConditions(string[] hidden, string[] required) : IFieldConditions
    {
        public List<FormField> Asked { get; } = [];

        public List<(FormField Field, JsonObject Scope, JsonObject Root)> Calls { get; } = [];

        public bool IsVisible(FormField field, JsonObject scope, JsonObject root)
        {
            Asked.Add(field);
            Calls.Add((field, scope, root));
            return !hidden.Contains(field.Key);
        }

        public bool IsRequired(FormField field, JsonObject scope, JsonObject root)
        {
            return field.Required || required.Contains(field.Key);
        }
    }
}
