using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>One entry of the builder's palette: a field type with its Chinese name and the JSON a new field starts from.</summary>
/// <param name="Type">The <c>type</c> discriminator, e.g. <c>idNumber</c>.</param>
/// <param name="NameZh">The name staff see, e.g. 身份证号.</param>
/// <param name="Group">The palette group, e.g. 基础 or 结构.</param>
/// <param name="Icon">A short symbol shown on the palette button.</param>
public sealed record FieldTypeInfo(string Type, string NameZh, string Group, string Icon)
{
    /// <summary>True for types that hold other fields (<c>page</c>, <c>repeat</c>).</summary>
    public bool IsContainer => Type is "page" or "repeat";

    /// <summary>True when a key is required (it is optional for <c>page</c> and <c>static</c>, which carry no answer).</summary>
    public bool HasKey => Type is not ("page" or "static");

    /// <summary>True when residents answer it (not structure, text, hidden or calculated).</summary>
    public bool HasLabel => Type is not ("static" or "hidden");

    /// <summary>The start of a new field's key: the Chinese name without punctuation (是/否 → 是否).</summary>
    public string KeyBase => string.Concat(NameZh.Where(char.IsLetterOrDigit));

    /// <summary>Type-specific properties a new field starts with (besides <c>type</c>, <c>key</c> and <c>label</c>).</summary>
    internal Func<JsonObject> Defaults { get; init; } = static () => [];
}
