namespace FormsEngine.Expressions.Syntax;

/// <summary>A range of the source text, by UTF-16 offset and length.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
