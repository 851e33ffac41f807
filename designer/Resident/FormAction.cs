using System.Globalization;

namespace FormsEngine.Designer.Resident;

/// <summary>What the resident's button asked for (the posted <c>_action</c>).</summary>
public enum FormActionKind
{
    /// <summary>Submit the form (also when no <c>_action</c> was posted, e.g. Enter in a text box).</summary>
    Submit,

    /// <summary><c>add:家庭成员</c>: add a blank item to a repeat group and show the page again.</summary>
    Add,

    /// <summary><c>remove:家庭成员:1</c>: remove an item from a repeat group and show the page again.</summary>
    Remove,

    /// <summary><c>next</c>: reserved for a server-side stepper; treat as a re-render.</summary>
    Next,
}

/// <summary>The posted action; <see cref="Target"/> is a repeat group's control name for add/remove.</summary>
public readonly record struct FormAction(FormActionKind Kind, string? Target = null, int Index = -1)
{
    /// <summary>The name of the posted field that carries the action.</summary>
    public const string FieldName = "_action";

    /// <summary>Parses an <c>_action</c> value; anything unrecognised is a submit.</summary>
    public static FormAction Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 1000)
        {
            return new FormAction(FormActionKind.Submit);
        }

        if (value == "next")
        {
            return new FormAction(FormActionKind.Next);
        }

        if (value.StartsWith("add:", StringComparison.Ordinal) && value.Length > 4)
        {
            return new FormAction(FormActionKind.Add, value[4..]);
        }

        var colon = value.LastIndexOf(':');
        if (value.StartsWith("remove:", StringComparison.Ordinal) && colon > 7
            && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return new FormAction(FormActionKind.Remove, value[7..colon], index);
        }

        return new FormAction(FormActionKind.Submit);
    }
}
