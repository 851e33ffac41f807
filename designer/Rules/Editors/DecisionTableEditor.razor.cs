using FormsEngine.Diagnostics;
using FormsEngine.Rules.DecisionTables;
using Microsoft.AspNetCore.Components;

namespace FormsEngine.Designer.RuleEditing.Editors;

/// <summary>
/// Edits a decision table as a grid: <c>&lt;DecisionTableEditor TableJson="@json" TableJsonChanged="…" FormJson="@form" /&gt;</c>.
/// JSON in, JSON out; it stores nothing. After every edit the engine compiles and analyses the table, and each
/// overlap, compile problem and gap example is shown on the row it concerns (gaps above the grid).
/// </summary>
public sealed partial class DecisionTableEditor
{
    private static int _counter;
    private readonly string _id = "dt-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private DecisionTableDraft? _draft;
    private IReadOnlyList<Diagnostic> _loadErrors = [];
    private DecisionTableValidation? _validation;
    private string? _lastJson;
    private string? _lastForm;

    /// <summary>The decision table JSON.</summary>
    [Parameter] public string? TableJson { get; set; }

    /// <summary>Called with the table's JSON after every edit.</summary>
    [Parameter] public EventCallback<string> TableJsonChanged { get; set; }

    /// <summary>The form whose answers the input columns read as <c>input1</c>; null means the table's own examples.</summary>
    [Parameter] public string? FormJson { get; set; }

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        var changed = FormJson != _lastForm;
        _lastForm = FormJson;
        if (TableJson != _lastJson)
        {
            _lastJson = TableJson;
            var load = DecisionTableDraft.Load(TableJson);
            _draft = load.Draft;
            _loadErrors = load.Diagnostics;
            changed = true;
        }

        if (changed)
        {
            Validate();
        }
    }

    private void Validate()
    {
        var form = FormJson is null ? null : RuleFormSchema.LoadForm(FormJson).Form;
        _validation = _draft?.Validate(form is null ? null : RuleFormSchema.For(form));
    }

    private async Task RunAsync(Func<bool> edit)
    {
        if (_draft is not null && edit())
        {
            Validate();
            _lastJson = _draft.ToJson();
            await TableJsonChanged.InvokeAsync(_lastJson);
        }
    }

    private Task SetPolicyAsync(ChangeEventArgs e)
    {
        var text = e.Value?.ToString();
        var match = DecisionTableDraft.HitPolicies.Where(p => p.Text == text).Select(p => (HitPolicy?)p.Policy).FirstOrDefault();
        return match is { } policy ? RunAsync(() => _draft!.SetHitPolicy(policy)) : Task.CompletedTask;
    }

    /// <summary>
    /// What to show under a row: the engine's diagnostics on it, then, where overlaps matter (UNIQUE, ANY), the rows it
    /// overlaps. Under FIRST, PRIORITY, COLLECT and RULE ORDER overlapping rows are the point, so they are not flagged.
    /// </summary>
    private List<(bool IsError, string Text)> Notes(int row)
    {
        if (_validation is not { } v)
        {
            return [];
        }

        var notes = v.ForRow(row).Select(d => (d.IsError, Bilingual.Text(d.Diagnostic))).ToList();
        var overlapsMatter = _draft?.Policy is HitPolicy.Unique or HitPolicy.Any;
        foreach (var (overlap, other) in overlapsMatter ? v.OverlapsOf(row) : [])
        {
            var example = string.Join(Bilingual.IsEnglish ? ", " : "，", overlap.Example.Select(p => $"{p.Key} = {RuleTestRunner.Display(p.Value)}"));
            notes.Add((false, T["OverlapNote", other + 1, example]));
        }

        return notes;
    }
}
