using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms;

/// <summary>
/// Golden cases in TestData/Forms: bad forms with the exact diagnostics expected, and submissions (against the sample
/// forms in rulepacks/forms) with the exact errors, ignored keys and normalized answers expected.
/// </summary>
public class GoldenCaseTests
{
    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Forms", name);

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(folder), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string> BadForms() => Files("BadForms");

    public static TheoryData<string> Submissions() => Files("Submissions");

    private static JsonObject Case(string folder, string file) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(folder), file)))!;

    [Theory]
    [MemberData(nameof(BadForms))]
    public void Bad_form_gives_expected_diagnostics(string file)
    {
        var golden = Case("BadForms", file);
        var options = new FormLoadOptions { AllowUnknown = golden["allowUnknown"]?.GetValue<bool>() ?? false };

        var result = FormDefinition.Load(golden["form"]!.ToJsonString(), options);

        var expected = golden["expected"]!.AsArray()
            .Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>(), e["severity"]?.GetValue<string>() ?? "error"))
            .ToList();
        var actual = result.Diagnostics
            .Select(d => (d.Path!, d.Code, d.Severity == DiagnosticSeverity.Error ? "error" : "warning"))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.TrueForAll(e => e.Item3 == "warning"), result.Success);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.MessageZh) || string.IsNullOrWhiteSpace(d.MessageEn)));
    }

    [Theory]
    [MemberData(nameof(Submissions))]
    public void Submission_gives_expected_outcome(string file)
    {
        var golden = Case("Submissions", file);
        var formFile = Path.Combine(RepoPaths.SampleForms, golden["form"]!.GetValue<string>() + ".json");
        var form = FormDefinition.Load(File.ReadAllText(formFile)).Form!;
        var today = DateOnly.ParseExact(golden["today"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = new FixedTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)));

        var result = form.ValidateSubmission(golden["answers"]!.AsObject(), new SubmissionOptions { TimeProvider = clock });

        var expectedErrors = golden["expectedErrors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>()));
        Assert.Equal(expectedErrors, result.Errors.Select(e => (e.Path!, e.Code)));
        Assert.Equal(golden["expectedIgnored"]!.AsArray().Select(p => p!.GetValue<string>()), result.IgnoredPaths);
        if (golden["expectedNormalized"] is { } normalized)
        {
            Assert.True(JsonNode.DeepEquals(normalized, result.Normalized), result.Normalized.ToJsonString());
        }
    }
}
