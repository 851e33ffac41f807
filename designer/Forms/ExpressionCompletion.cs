namespace FormsEngine.Designer.FormEditing;

/// <summary>What kind of thing a suggestion inserts.</summary>
public enum CompletionKind
{
    /// <summary>A field (or a field of a record, such as 住址.building).</summary>
    Field,

    /// <summary>A global function.</summary>
    Function,

    /// <summary>A method after a dot.</summary>
    Method,

    /// <summary>A keyword or literal.</summary>
    Keyword,
}

/// <summary>One suggestion: replace <see cref="ReplaceLength"/> characters at <see cref="ReplaceStart"/> with <see cref="InsertText"/>.</summary>
/// <param name="Label">What the list shows, e.g. <c>年龄</c> or <c>age(出生日期)</c>.</param>
/// <param name="InsertText">What is inserted, e.g. <c>age(</c>.</param>
/// <param name="Kind">Field, function, method or keyword.</param>
/// <param name="Detail">The type or a short description, in the UI language.</param>
/// <param name="ReplaceStart">Where the identifier being typed starts (0-based offset).</param>
/// <param name="ReplaceLength">How long the identifier typed so far is.</param>
public sealed record ExpressionCompletion(string Label, string InsertText, CompletionKind Kind, string Detail, int ReplaceStart, int ReplaceLength)
{
    /// <summary>Applies the suggestion to <paramref name="text"/>; returns the new text and the caret after the insertion.</summary>
    public (string Text, int Caret) ApplyTo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(ReplaceStart, 0, text.Length);
        var length = Math.Clamp(ReplaceLength, 0, text.Length - start);
        return (string.Concat(text.AsSpan(0, start), InsertText, text.AsSpan(start + length)), start + InsertText.Length);
    }
}
