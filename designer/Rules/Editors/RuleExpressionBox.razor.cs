using FormsEngine.Designer.FormEditing;
using FormsEngine.Designer.FormEditing.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace FormsEngine.Designer.RuleEditing.Editors;

/// <summary>
/// The expression box of one rule. Without JavaScript interop the caret is taken to be at the end of the text (where
/// staff type); a suggestion replaces the identifier being typed there.
/// </summary>
public sealed partial class RuleExpressionBox
{
    private static int _counter;
    private readonly string _id = "re-expr-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private string _text = "";
    private string? _lastValue;
    private List<ExpressionCompletion> _suggestions = [];
    private int _active;
    private bool _intercept = true;

    /// <summary>Suggestions for the rule set's form.</summary>
    [Parameter, EditorRequired] public RuleExpressionAssist Assist { get; set; } = default!;

    /// <summary>The label.</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The expression text.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Called on every edit with the new text.</summary>
    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    /// <summary>Called when the box loses focus (ends an undo step).</summary>
    [Parameter] public EventCallback OnBlur { get; set; }

    /// <summary>The engine's diagnostics for this expression.</summary>
    [Parameter] public IEnumerable<RuleDiagnostic> Diagnostics { get; set; } = [];

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        if (Value != _lastValue)
        {
            _lastValue = Value;
            _text = Value ?? "";
            _suggestions = [];
        }
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _text = e.Value?.ToString() ?? "";
        _lastValue = _text;
        Suggest();
        await ValueChanged.InvokeAsync(_text);
    }

    private async Task OnBlurAsync()
    {
        _suggestions = [];
        await OnBlur.InvokeAsync();
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
        await ValueChanged.InvokeAsync(_text);
    }

    private void Suggest()
    {
        // Only an identifier being typed opens the list: after a space or an operator, keys stay ordinary.
        _intercept = _text.Length > 0 && (char.IsLetterOrDigit(_text[^1]) || _text[^1] is '_' or '.');
        _suggestions = _intercept ? [.. Assist.Complete(_text).Take(12)] : [];
        _active = 0;
    }
}
