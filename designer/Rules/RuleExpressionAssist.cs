using System.Text.RegularExpressions;
using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// Suggestions while typing a rule expression, from the form builder's <see cref="ExpressionAssist"/>: rules read the
/// form's answers as <c>input1.字段</c>, so the form's fields are offered as <c>input1.年龄</c> at the top level and
/// as plain names after <c>input1.</c>; functions, methods and keywords are the builder's. Caret at the end.
/// </summary>
public sealed partial class RuleExpressionAssist
{
    private readonly ExpressionAssist? _assist;
    private readonly FieldDraft? _anchor;

    /// <summary>Creates the assistant for the form <paramref name="formJson"/>; a form that does not open gives no suggestions.</summary>
    public RuleExpressionAssist(string? formJson)
    {
        if (string.IsNullOrWhiteSpace(formJson) || FormDraft.Load(formJson).Draft is not { } draft)
        {
            return;
        }

        _anchor = draft.Fields.FirstOrDefault(f => f.RepeatScope is null);
        _assist = _anchor is null ? null : new ExpressionAssist(draft);
    }

    /// <summary>The suggestions for the identifier being typed at the end of <paramref name="text"/>.</summary>
    public IReadOnlyList<ExpressionCompletion> Complete(string? text)
    {
        if (_assist is null || _anchor is null)
        {
            return [];
        }

        text ??= "";
        var stripped = InputPrefix().Replace(text, "");
        var afterInput = InputAtEnd().IsMatch(TrimIdentifier(text));
        var afterDot = !afterInput && TrimIdentifier(text).EndsWith('.');
        var list = new List<ExpressionCompletion>();
        foreach (var c in _assist.Complete(_anchor, stripped, stripped.Length))
        {
            var start = text.Length - c.ReplaceLength;
            if (afterInput && c.Kind != CompletionKind.Field)
            {
                continue;
            }

            list.Add(c.Kind == CompletionKind.Field && !afterInput && !afterDot
                ? new ExpressionCompletion(RuleFormSchema.InputName + "." + c.Label, RuleFormSchema.InputName + "." + c.InsertText, c.Kind, c.Detail, start, c.ReplaceLength)
                : c with { ReplaceStart = start });
        }

        return list;
    }

    private static string TrimIdentifier(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsLetterOrDigit(text[end - 1]) || text[end - 1] == '_'))
        {
            end--;
        }

        return text[..end].TrimEnd();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}_.])input1\s*\.\s*")]
    private static partial Regex InputPrefix();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}_.])input1\s*\.$")]
    private static partial Regex InputAtEnd();
}
