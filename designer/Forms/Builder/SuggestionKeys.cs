namespace FormsEngine.Designer.FormEditing.Builder;

/// <summary>
/// What a key does to an open suggestion list of an expression box (the builder's and the rule editor's):
/// ↑/↓ move the active item round the list, Enter or Tab apply it, Esc closes the list.
/// </summary>
internal static class SuggestionKeys
{
    public static SuggestionKeyAction Handle(string key, ref int active, int count)
    {
        if (count == 0)
        {
            return SuggestionKeyAction.None;
        }

        switch (key)
        {
            case "ArrowDown":
                active = (active + 1) % count;
                return SuggestionKeyAction.None;
            case "ArrowUp":
                active = (active + count - 1) % count;
                return SuggestionKeyAction.None;
            case "Enter" or "Tab":
                return SuggestionKeyAction.Apply;
            case "Escape":
                return SuggestionKeyAction.Close;
            default:
                return SuggestionKeyAction.None;
        }
    }
}

/// <summary>What the expression box does after <see cref="SuggestionKeys.Handle"/>.</summary>
internal enum SuggestionKeyAction
{
    None,
    Apply,
    Close,
}
