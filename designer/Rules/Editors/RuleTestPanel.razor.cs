using FormsEngine.Designer.FormEditing;
using FormsEngine.Designer.Operations;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using Microsoft.AspNetCore.Components;

namespace FormsEngine.Designer.RuleEditing.Editors;

/// <summary>
/// Runs the edited rule set through the host (<see cref="IRuleStudioOperations.TestAsync"/>) on sample answers typed per
/// field, typed as JSON, or taken from a stored submission of the form (evaluated on the host, shown masked).
/// </summary>
public sealed partial class RuleTestPanel
{
    private static int _counter;
    private readonly string _id = "rt-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private List<SampleField> _fields = [];
    private IReadOnlyList<SampleSubmission> _submissions = [];
    private TestMode _mode = TestMode.Fields;
    private string _json = "{}";
    private string? _submissionId;
    private string? _lastForm;
    private string? _lastFormId;
    private RuleTestResult? _result;
    private bool _busy;

    private enum TestMode
    {
        Fields,
        Json,
        Submission,
    }

    /// <summary>The form whose answers the rules read.</summary>
    [Parameter] public string? FormJson { get; set; }

    /// <summary>The rule set to run (the edited one).</summary>
    [Parameter] public string? RuleSetJson { get; set; }

    /// <summary>The stored form whose submissions may be picked; null hides stored submissions.</summary>
    [Parameter] public string? FormId { get; set; }

    /// <summary>The workflow to run; null for the form's eligibility workflow.</summary>
    [Parameter] public string? Workflow { get; set; }

    /// <inheritdoc/>
    protected override async Task OnParametersSetAsync()
    {
        if (FormJson != _lastForm)
        {
            _lastForm = FormJson;
            _fields = SampleFields(FormJson);
        }

        if (FormId != _lastFormId)
        {
            _lastFormId = FormId;
            _submissionId = null;
            _submissions = [];
            if (FormId is not null)
            {
                try
                {
                    _submissions = await Operations.ListSampleSubmissionsAsync(FormId, 20, CancellationToken.None);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _result = RuleTestResult.Failed([new RuleMessage(T["LoadFailed"], T["LoadFailed"], null)]);
                }
            }
        }
    }

    private async Task RunAsync()
    {
        _busy = true;
        try
        {
            var answers = _mode switch
            {
                TestMode.Fields => ExpressionAssist.SampleAnswers(_fields.Select(f => (f, _values.GetValueOrDefault(f.Name)))).ToJsonString(),
                TestMode.Json => _json,
                _ => null,
            };
            var submission = _mode == TestMode.Submission ? _submissionId : null;
            if (_mode == TestMode.Submission && string.IsNullOrEmpty(submission))
            {
                _result = RuleTestResult.Failed([new RuleMessage(T["ChooseSubmission"], T["ChooseSubmission"], null)]);
                return;
            }

            _result = await Operations.TestAsync(new RuleTestRequest(FormJson ?? "", RuleSetJson ?? "", answers, submission, Workflow), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _result = RuleTestResult.Failed([new RuleMessage(T["RunFailed"], T["RunFailed"], null)]);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The form's top-level single-value fields (text, number, date, 是/否…), for the per-field sample inputs.</summary>
    private static List<SampleField> SampleFields(string? formJson)
    {
        if (RuleFormSchema.LoadForm(formJson).Form is not { } form)
        {
            return [];
        }

        return [.. FormAnalyzer.CreateSchema(form).Fields
            .Where(f => f.Type.Kind is not (ExpressionTypeKind.Record or ExpressionTypeKind.List))
            .Select(f => new SampleField(f.Name, f.Type.Kind, f.Type.DisplayNameZh))];
    }

    private static string InputType(SampleField field) => field.Kind switch
    {
        ExpressionTypeKind.Number => "number",
        ExpressionTypeKind.Date => "date",
        _ => "text",
    };
}
