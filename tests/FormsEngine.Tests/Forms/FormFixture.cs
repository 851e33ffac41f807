using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms;

/// <summary>Builds small forms around a few fields and validates answers against them with a fixed "today".</summary>
internal static class FormFixture
{
    /// <summary>The date the fixed clock reports (UTC+8).</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static SubmissionOptions Options { get; } = new() { TimeProvider = new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8))) };

    public static string Document(string fieldsJson) =>
        $$"""{ "schemaVersion": 1, "id": "test-form", "version": 1, "title": { "zh-CN": "测试表单" }, "fields": [ {{fieldsJson}} ] }""";

    public static FormLoadResult LoadFields(string fieldsJson, FormLoadOptions? options = null) =>
        FormDefinition.Load(Document(fieldsJson), options);

    public static FormDefinition Form(string fieldsJson)
    {
        var result = LoadFields(fieldsJson);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Form!;
    }

    public static SubmissionResult Validate(FormDefinition form, string answersJson, SubmissionOptions? options = null) =>
        form.ValidateSubmission((JsonObject)JsonNode.Parse(answersJson)!, options ?? Options);

    /// <summary>Validates one answer for a single field keyed <c>f</c>.</summary>
    public static SubmissionResult One(string fieldJson, string answerJson) =>
        Validate(Form(fieldJson), $$"""{ "f": {{answerJson}} }""");

    /// <summary>The normalized answer of field <c>f</c>, asserting there were no errors.</summary>
    public static JsonNode? Normalized(string fieldJson, string answerJson)
    {
        var result = One(fieldJson, answerJson);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Normalized["f"];
    }

    /// <summary>Asserts exactly one error, with this path and code, and returns it.</summary>
    public static Diagnostic SingleError(SubmissionResult result, string path, string code)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
        return error;
    }

    /// <summary>Asserts a load failed with a diagnostic at this path with this code.</summary>
    public static Diagnostic HasDiagnostic(FormLoadResult result, string? path, string code)
    {
        var match = result.Diagnostics.FirstOrDefault(d => d.Path == path && d.Code == code);
        Assert.True(match is not null, $"expected {code} at {path}; got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics.Select(d => $"{d.Code} {d}"))}");
        return match!;
    }
}
