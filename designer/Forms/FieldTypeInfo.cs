using System.Text.Json.Nodes;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>One entry of the builder's palette: a field type with its names (from <c>BuilderText</c>) and the JSON a new field starts from.</summary>
/// <param name="Type">The <c>type</c> discriminator, e.g. <c>idNumber</c>.</param>
/// <param name="Group">The palette group's id, e.g. <c>basic</c> or <c>structure</c>.</param>
/// <param name="Icon">A short symbol shown on the palette button.</param>
public sealed record FieldTypeInfo(string Type, string Group, string Icon)
{
    /// <summary>The name staff see, in the UI language (身份证号, ID card number).</summary>
    public string Name => BuilderStrings.Get("FieldType_" + Type);

    /// <summary>The Chinese name, whatever the UI language: new fields' keys and labels (form content) start from it.</summary>
    public string NameZh => BuilderStrings.Chinese("FieldType_" + Type);

    /// <summary>The palette group's name, in the UI language (基础, Basic).</summary>
    public string GroupName => BuilderStrings.Get("Group_" + Group);

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
