using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Fields;

/// <summary>The properties every field type shares, as read from JSON.</summary>
internal sealed class FieldCommon
{
    public required string Type { get; init; }

    public required string Key { get; init; }

    public required string Path { get; init; }

    public LocalizedText? Label { get; init; }

    public LocalizedText? Help { get; init; }

    public bool Required { get; init; }

    public JsonNode? Default { get; init; }

    public PersonalDataClass? PersonalData { get; init; }

    public string? VisibleIf { get; init; }

    public string? RequiredIf { get; init; }

    public string? Calculate { get; init; }

    public IReadOnlyList<CustomValidation> Validations { get; init; } = [];
}
