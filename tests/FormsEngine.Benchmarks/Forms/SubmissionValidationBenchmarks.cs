using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FormsEngine.Forms;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Benchmarks.Forms;

/// <summary>
/// Validating a 200-field submission: the engine against a hand-written validator of the same fields (baseline), for a
/// valid submission and one where every tenth answer is wrong. Setup checks both agree before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class SubmissionValidationBenchmarks
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private FormDefinition _form = null!;
    private HandWrittenValidator _handWritten = null!;
    private JsonObject _answers = null!;
    private SubmissionOptions _options = null!;

    /// <summary>False: all 200 answers valid. True: 20 of them wrong.</summary>
    [Params(false, true)]
    public bool WithErrors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var load = FormDefinition.Load(BenchmarkForm.FormJson());
        _form = load.Form ?? throw new InvalidOperationException("benchmark form did not load: " + string.Join("; ", load.Diagnostics));
        _handWritten = new HandWrittenValidator(Today);
        _answers = BenchmarkForm.Answers(WithErrors);
        _options = new SubmissionOptions { TimeProvider = new FixedClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(8))) };

        var engine = _form.ValidateSubmission(_answers, _options);
        var (normalized, errors) = _handWritten.Validate(_answers);
        var expectedErrors = WithErrors ? BenchmarkForm.FieldCount / 10 : 0;
        if (engine.Errors.Count != expectedErrors || (errors?.Count ?? 0) != expectedErrors)
        {
            throw new InvalidOperationException($"expected {expectedErrors} errors; engine {engine.Errors.Count}, hand-written {errors?.Count ?? 0}: {string.Join("; ", engine.Errors)}");
        }

        if (!JsonNode.DeepEquals(engine.Normalized, normalized))
        {
            throw new InvalidOperationException("engine and hand-written normalized answers differ");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var (normalized, errors) = _handWritten.Validate(_answers);
        return normalized.Count + (errors?.Count ?? 0);
    }

    [Benchmark]
    public int Engine()
    {
        var result = _form.ValidateSubmission(_answers, _options);
        return result.Normalized.Count + result.Errors.Count;
    }
}
