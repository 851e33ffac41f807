using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// One field of a form. The concrete types (text, number, ID number, repeat group, page…) are internal; callers see
/// the shared properties. A field's <c>type</c> in JSON selects its kind.
/// </summary>
public abstract class FormField
{
    private protected FormField(FieldCommon common)
    {
        Type = common.Type;
        Key = common.Key;
        Label = common.Label;
        Help = common.Help;
        Required = common.Required;
        Default = common.Default;
        DeclaredPersonalData = common.PersonalData;
        VisibleIf = common.VisibleIf;
        RequiredIf = common.RequiredIf;
        Calculate = common.Calculate;
        Validations = common.Validations;
        DefinitionPath = common.Path;
        AnswerPath = Key.Length == 0 ? JsonPaths.Root : JsonPaths.Property(JsonPaths.Root, Key);
    }

    /// <summary>The <c>type</c> discriminator, e.g. <c>text</c>, <c>idNumber</c>, <c>repeat</c>.</summary>
    public string Type { get; }

    /// <summary>The stable key answers are stored under; empty for a page or static text without one.</summary>
    public string Key { get; }

    /// <summary>The label shown to residents.</summary>
    public LocalizedText? Label { get; }

    /// <summary>Help text shown under the field.</summary>
    public LocalizedText? Help { get; }

    /// <summary>Whether an answer is required (before <see cref="RequiredIf"/> is taken into account).</summary>
    public bool Required { get; }

    /// <summary>
    /// The personal-data class: the declared <c>personalData</c>, or when absent the type's default —
    /// <see cref="PersonalDataClass.Sensitive"/> for ID numbers (<c>idNumber</c>) and <c>geolocation</c>,
    /// <see cref="PersonalDataClass.Personal"/> for mobile phones, e-mail, addresses, photos and signatures,
    /// otherwise <see cref="PersonalDataClass.None"/>. Staff should mark free-text fields that collect names or health
    /// details explicitly.
    /// </summary>
    public PersonalDataClass PersonalData => DeclaredPersonalData ?? DefaultPersonalData;

    /// <summary>Expression: the field is shown only when it is true. Stored only; evaluated by the caller.</summary>
    public string? VisibleIf { get; }

    /// <summary>Expression: the field is required when it is true. Stored only; evaluated by the caller.</summary>
    public string? RequiredIf { get; }

    /// <summary>Expression computing the field's value. Stored only; evaluated by the caller.</summary>
    public string? Calculate { get; }

    /// <summary>Custom, expression-based validations.</summary>
    public IReadOnlyList<CustomValidation> Validations { get; }

    /// <summary>Child fields of a page or repeat group; empty otherwise.</summary>
    public virtual IReadOnlyList<FormField> Fields => [];

    internal JsonNode? Default { get; }

    internal PersonalDataClass? DeclaredPersonalData { get; }

    private protected virtual PersonalDataClass DefaultPersonalData => PersonalDataClass.None;

    /// <summary>Where the field is in the form document, e.g. <c>$.fields[3]</c>.</summary>
    internal string DefinitionPath { get; }

    /// <summary>The answer path when the field is at the top level (precomputed so valid answers cost no string work).</summary>
    internal string AnswerPath { get; }

    /// <summary>Unknown properties, kept for a lossless save.</summary>
    internal JsonObject Extras { get; set; } = [];

    /// <summary>False for pages and static text, which carry no answer of their own.</summary>
    internal virtual bool CarriesAnswer => true;

    /// <summary>
    /// Checks and normalizes a non-null answer. Returns the normalized value; returns null either after reporting an
    /// error through <paramref name="context"/> or, without an error, when the answer is empty (e.g. blank text).
    /// </summary>
    internal abstract JsonNode? Coerce(JsonNode value, in FieldContext context);

    /// <summary>Writes the type-specific properties.</summary>
    private protected abstract void WriteSpecific(JsonObject target);

    internal virtual JsonObject ToJson()
    {
        var obj = new JsonObject { ["type"] = Type };
        if (Key.Length > 0)
        {
            obj["key"] = Key;
        }

        AddText(obj, "label", Label);
        AddText(obj, "help", Help);
        if (Required)
        {
            obj["required"] = true;
        }

        if (Default is not null)
        {
            obj["default"] = Default.DeepClone();
        }

        if (DeclaredPersonalData is { } pd)
        {
            obj["personalData"] = PersonalDataNames.ToName(pd);
        }

        AddString(obj, "visibleIf", VisibleIf);
        AddString(obj, "requiredIf", RequiredIf);
        AddString(obj, "calculate", Calculate);
        if (Validations.Count > 0)
        {
            var array = new JsonArray();
            foreach (var v in Validations)
            {
                array.Add(new JsonObject { ["expression"] = v.Expression, ["message"] = v.Message.ToJson() });
            }

            obj["validations"] = array;
        }

        WriteSpecific(obj);
        foreach (var (name, value) in Extras)
        {
            obj[name] = value?.DeepClone();
        }

        return obj;
    }

    private protected static void AddText(JsonObject obj, string name, LocalizedText? text)
    {
        if (text is not null)
        {
            obj[name] = text.ToJson();
        }
    }

    private protected static void AddString(JsonObject obj, string name, string? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
    }

    private protected static void AddNumber(JsonObject obj, string name, decimal? value)
    {
        if (value is { } v)
        {
            obj[name] = v;
        }
    }

    private protected static void AddNumber(JsonObject obj, string name, int? value)
    {
        if (value is { } v)
        {
            obj[name] = v;
        }
    }

    private protected static void AddList(JsonObject obj, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            var array = new JsonArray();
            foreach (var v in values)
            {
                array.Add(v);
            }

            obj[name] = array;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Key}";
}
