using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// One field of a <see cref="FormDraft"/>: its JSON properties (unknown ones included, so nothing is lost on save) and,
/// for a page or repeat group, its child fields. Read-only from outside: every change goes through the draft, which
/// records it for undo.
/// </summary>
public sealed class FieldDraft
{
    private readonly List<FieldDraft> _fields = [];

    internal FieldDraft(int id, JsonObject properties)
    {
        Id = id;
        Properties = properties;
    }

    /// <summary>An id unique within the draft, stable across edits (for <c>@key</c> and drag and drop).</summary>
    public int Id { get; }

    /// <summary>The <c>type</c>, e.g. <c>text</c>; unknown types are kept as they are.</summary>
    public string Type => DraftJson.String(Properties["type"]) ?? "";

    /// <summary>The palette entry of the type, or null when the builder does not know the type.</summary>
    public FieldTypeInfo? TypeInfo => FieldTypeCatalog.Find(Type);

    /// <summary>The name of the type in the UI language, e.g. 身份证号 or ID card number.</summary>
    public string TypeName => FieldTypeCatalog.NameOf(Type);

    /// <summary>True for a page or repeat group whose child fields the builder edits.</summary>
    public bool IsContainer { get; internal set; }

    /// <summary>True for a 重复组.</summary>
    public bool IsRepeat => IsContainer && Type == "repeat";

    /// <summary>True for a 分页.</summary>
    public bool IsPage => IsContainer && Type == "page";

    /// <summary>The key answers are stored under; empty when there is none.</summary>
    public string Key => DraftJson.String(Properties["key"]) ?? "";

    /// <summary>The Chinese label, or null.</summary>
    public string? LabelZh => DraftJson.Text(Properties["label"], DraftJson.Zh);

    /// <summary>The English label, or null.</summary>
    public string? LabelEn => DraftJson.Text(Properties["label"], DraftJson.En);

    /// <summary>What the field list shows: the label, else the key, else the type name (static text shows its content).</summary>
    public string DisplayName =>
        NonEmpty(LabelZh) ?? NonEmpty(DraftJson.Text(Properties["content"], DraftJson.Zh)) ?? NonEmpty(Key) ?? TypeName;

    /// <summary>True when <c>required</c> is set.</summary>
    public bool Required => DraftJson.Bool(Properties["required"]);

    /// <summary>The page or repeat group that holds this field; null at the top level.</summary>
    public FieldDraft? Parent { get; internal set; }

    /// <summary>The child fields of a page or repeat group.</summary>
    public IReadOnlyList<FieldDraft> Fields => _fields;

    /// <summary>The repeat group whose items this field belongs to (its answer scope); null for the form's scope.</summary>
    public FieldDraft? RepeatScope
    {
        get
        {
            for (var p = Parent; p is not null; p = p.Parent)
            {
                if (p.IsRepeat)
                {
                    return p;
                }
            }

            return null;
        }
    }

    /// <summary>The personal-data class declared on the field, or null for the type's default.</summary>
    public PersonalDataClass? PersonalData => DraftJson.String(Properties["personalData"]) switch
    {
        "none" => PersonalDataClass.None,
        "personal" => PersonalDataClass.Personal,
        "sensitive" => PersonalDataClass.Sensitive,
        _ => null,
    };

    /// <summary>The options of a 单选/多选 field.</summary>
    public IReadOnlyList<ChoiceOptionDraft> Options =>
        Properties["options"] is JsonArray array ? [.. array.OfType<JsonObject>().Select(ChoiceOptionDraft.From)] : [];

    /// <summary>The custom checks (<c>validations</c>).</summary>
    public IReadOnlyList<ValidationRuleDraft> Validations =>
        Properties["validations"] is JsonArray array ? [.. array.OfType<JsonObject>().Select(ValidationRuleDraft.From)] : [];

    /// <summary>The field's own JSON properties (children excluded). Do not modify: edit through <see cref="FormDraft"/>.</summary>
    internal JsonObject Properties { get; }

    internal List<FieldDraft> MutableFields => _fields;

    /// <summary>A property as a string, or null.</summary>
    public string? GetString(string name) => DraftJson.String(Properties[name]);

    /// <summary>A property as a number, or null.</summary>
    public decimal? GetNumber(string name) => DraftJson.Number(Properties[name]);

    /// <summary>A boolean property (false when absent).</summary>
    public bool GetBool(string name) => DraftJson.Bool(Properties[name]);

    /// <summary>One language of a localized-text property (<c>label</c>, <c>help</c>, <c>content</c>…), or null.</summary>
    public string? GetText(string name, string language = DraftJson.Zh) => DraftJson.Text(Properties[name], language);

    /// <summary>A copy of a property's raw JSON, or null (for <c>default</c> and other free-form values).</summary>
    public JsonNode? GetRaw(string name) => Properties[name]?.DeepClone();

    /// <summary>True when this field is <paramref name="other"/> or contains it.</summary>
    public bool Contains(FieldDraft other)
    {
        for (var f = other; f is not null; f = f.Parent)
        {
            if (ReferenceEquals(f, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This field and every field inside it, depth first.</summary>
    public IEnumerable<FieldDraft> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in _fields)
        {
            foreach (var inner in child.DescendantsAndSelf())
            {
                yield return inner;
            }
        }
    }

    internal JsonObject ToJson()
    {
        var obj = (JsonObject)Properties.DeepClone();
        if (IsContainer)
        {
            obj["fields"] = new JsonArray([.. _fields.Select(f => (JsonNode)f.ToJson())]);
        }

        return obj;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Key}";

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
