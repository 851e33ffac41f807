using FormsEngine.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace FormsEngine.Designer.FormEditing.Builder;

/// <summary>
/// The expression editor. Without JavaScript interop the caret is taken to be at the end of the text (where staff
/// type); suggestions replace the identifier being typed there.
/// </summary>
public sealed partial class ExpressionEditor
{
    private static int _counter;
    private readonly string _id = "fb-expr-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private readonly Dictionary<string, string?> _sampleValues = new(StringComparer.Ordinal);
    private string _text = "";
    private string? _lastValue;
    private ExpressionCheck _check = new([], null, []);
    private List<ExpressionCompletion> _suggestions = [];
    private IReadOnlyList<SampleField> _samples = [];
    private ExpressionPreview? _preview;
    private int _active;
    private bool _intercept = true;

    /// <summary>The assistant of the draft.</summary>
    [Parameter, EditorRequired] public ExpressionAssist Assist { get; set; } = default!;

    /// <summary>The field the expression belongs to (its scope: form or repeat item).</summary>
    [Parameter, EditorRequired] public FieldDraft Field { get; set; } = default!;

    /// <summary><c>visibleIf</c>, <c>requiredIf</c>, <c>calculate</c> or <c>validations</c>.</summary>
    [Parameter, EditorRequired] public string Property { get; set; } = "";

    /// <summary>The label, e.g. 显示条件.</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>A short explanation under the label.</summary>
    [Parameter] public string? Hint { get; set; }

    /// <summary>The expression text.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Called on every edit with the new text.</summary>
    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        if (Value != _lastValue)
        {
            _lastValue = Value;
            _text = Value ?? "";
            _suggestions = [];
        }

        Refresh(suggest: false);
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _text = e.Value?.ToString() ?? "";
        _lastValue = _text;
        Refresh(suggest: true);
        await ValueChanged.InvokeAsync(_text);
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        switch (SuggestionKeys.Handle(e.Key, ref _active, _suggestions.Count))
        {
            case SuggestionKeyAction.Apply:
                await ApplyAsync(_active);
                break;
            case SuggestionKeyAction.Close:
                _suggestions = [];
                break;
        }
    }

    private async Task ApplyAsync(int index)
    {
        var (text, _) = _suggestions[index].ApplyTo(_text);
        _text = text;
        _lastValue = text;
        _suggestions = [];
        Refresh(suggest: false);
        await ValueChanged.InvokeAsync(_text);
    }

    private void SetSample(string name, string? value)
    {
        _sampleValues[name] = value;
        UpdatePreview();
    }

    private void Refresh(bool suggest)
    {
        _check = Assist.Check(Field, Property, _text);
        if (suggest)
        {
            _suggestions = Assist.Complete(Field, _text, _text.Length).Take(12).ToList();
            _active = 0;

            // Only the identifier being typed opens the list: after a space or an operator, keys stay ordinary.
            _intercept = _text.Length > 0 && (char.IsLetterOrDigit(_text[^1]) || _text[^1] is '_' or '.');
            if (!_intercept)
            {
                _suggestions = [];
            }
        }

        _samples = _check.Succeeded ? Assist.SampleFields(Field, _text) : [];
        UpdatePreview();
    }

    private void UpdatePreview()
    {
        var answers = ExpressionAssist.SampleAnswers(_samples.Select(s => (s, _sampleValues.GetValueOrDefault(s.Name))));
        _preview = _check.Succeeded && !string.IsNullOrWhiteSpace(_text) ? Assist.Preview(Field, _text, answers) : null;
    }

    private static string InputType(SampleField field) => field.Kind switch
    {
        ExpressionTypeKind.Number => "number",
        ExpressionTypeKind.Date => "date",
        ExpressionTypeKind.Time => "time",
        ExpressionTypeKind.DateTime => "datetime-local",
        _ => "text",
    };

    private string KindName(CompletionKind kind) => T["Kind_" + kind.ToString()];
}
