using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Validation;

/// <summary>
/// One item of a repeat group inside the answers (<c>$.家庭成员[1]</c>), linked to its enclosing item. The text is
/// built only when an error or ignored key needs it.
/// </summary>
internal sealed class AnswerPath
{
    private string? _text;

    public AnswerPath(AnswerPath? parent, FormField group, int index)
    {
        Parent = parent;
        Group = group;
        Index = index;
    }

    public AnswerPath? Parent { get; }

    public FormField Group { get; }

    public int Index { get; }

    public static string Of(AnswerPath? parent, FormField field) =>
        parent is null ? field.AnswerPath : JsonPaths.Property(parent.ToString(), field.Key);

    public static string Of(AnswerPath? parent, string key) =>
        JsonPaths.Property(parent is null ? JsonPaths.Root : parent.ToString(), key);

    public override string ToString() => _text ??= JsonPaths.Index(Of(Parent, Group), Index);
}
