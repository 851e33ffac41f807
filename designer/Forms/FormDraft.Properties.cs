using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>Editing the properties of fields and of the form itself. Each call is one undo step; repeated edits of the same property merge.</summary>
public sealed partial class FormDraft
{
    /// <summary>
    /// Sets a property of <paramref name="field"/> to a copy of <paramref name="value"/>; null removes it. Unknown
    /// properties are allowed (they are kept as they are). <c>type</c> and <c>fields</c> cannot be set this way.
    /// </summary>
    public void SetProperty(FieldDraft field, string name, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name is "type" || (name is "fields" && field.IsContainer))
        {
            throw new ArgumentException($"'{name}' is structural and cannot be set as a property.", nameof(name));
        }

        Set(field.Properties, name, value, BuilderStrings.Format("UndoSetField", field.DisplayName, PropertyNames.Of(name)), (field.Id, name));
    }

    /// <summary>Sets a localized text (<c>label</c>, <c>help</c>, <c>content</c>, <c>unit</c>…); blank Chinese removes it, other languages are kept.</summary>
    public void SetText(FieldDraft field, string name, string? zh, string? en)
    {
        ArgumentNullException.ThrowIfNull(field);
        SetProperty(field, name, string.IsNullOrEmpty(zh) && string.IsNullOrEmpty(en) ? null : DraftJson.WithText(field.Properties[name], zh ?? "", en));
    }

    /// <summary>Sets the label (标签) in Chinese and optionally English.</summary>
    public void SetLabel(FieldDraft field, string? zh, string? en) => SetText(field, "label", zh, en);

    /// <summary>Sets a string property (<c>key</c>, <c>pattern</c>, <c>min</c> of a date, expressions…); null or empty removes it.</summary>
    public void SetString(FieldDraft field, string name, string? value) =>
        SetProperty(field, name, string.IsNullOrEmpty(value) ? null : JsonValue.Create(value));

    /// <summary>Sets the key. The key is not checked here; see <see cref="CheckKey"/> and <see cref="Validate"/>.</summary>
    public void SetKey(FieldDraft field, string? key) => SetString(field, "key", key?.Trim());

    /// <summary>Sets an expression (<c>visibleIf</c>, <c>requiredIf</c>, <c>calculate</c>); blank removes it.</summary>
    public void SetExpression(FieldDraft field, string name, string? expression) =>
        SetString(field, name, string.IsNullOrWhiteSpace(expression) ? null : expression);

    /// <summary>Sets a number property (<c>min</c>, <c>max</c>, <c>maxLength</c>, <c>maxItems</c>…); null removes it.</summary>
    public void SetNumber(FieldDraft field, string name, decimal? value) =>
        SetProperty(field, name, value is { } v ? (v == decimal.Truncate(v) && Math.Abs(v) < long.MaxValue ? JsonValue.Create((long)v) : JsonValue.Create(v)) : null);

    /// <summary>Sets a boolean property (<c>required</c>, <c>integer</c>, <c>unitRequired</c>); false removes it.</summary>
    public void SetFlag(FieldDraft field, string name, bool value) => SetProperty(field, name, value ? JsonValue.Create(true) : null);

    /// <summary>Sets <c>required</c> (必填).</summary>
    public void SetRequired(FieldDraft field, bool required) => SetFlag(field, "required", required);

    /// <summary>Sets the personal-data class (个人信息级别); null returns to the type's default.</summary>
    public void SetPersonalData(FieldDraft field, PersonalDataClass? value) => SetString(field, "personalData", value switch
    {
        PersonalDataClass.None => "none",
        PersonalDataClass.Personal => "personal",
        PersonalDataClass.Sensitive => "sensitive",
        _ => null,
    });

    /// <summary>Replaces the options of a 单选/多选 field.</summary>
    public void SetOptions(FieldDraft field, IReadOnlyList<ChoiceOptionDraft> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SetProperty(field, "options", new JsonArray([.. options.Select(o => (JsonNode)o.ToJson())]));
    }

    /// <summary>Replaces the custom checks; an empty list removes <c>validations</c>.</summary>
    public void SetValidations(FieldDraft field, IReadOnlyList<ValidationRuleDraft> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        SetProperty(field, "validations", rules.Count == 0 ? null : new JsonArray([.. rules.Select(r => (JsonNode)r.ToJson())]));
    }

    /// <summary>
    /// Why <paramref name="key"/> cannot be the key of <paramref name="field"/> (in the UI language), or null when it can:
    /// it must be an identifier (letters, digits, underscore; not starting with a digit) and unique in its scope.
    /// </summary>
    public string? CheckKey(FieldDraft field, string key)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(key))
        {
            return field.TypeInfo?.HasKey == false ? null : BuilderStrings.Get("KeyMissing");
        }

        if (!FieldKeys.IsValid(key))
        {
            return BuilderStrings.Get("KeyInvalid");
        }

        var clash = AllFields.FirstOrDefault(f => !ReferenceEquals(f, field) && f.Key == key
            && ReferenceEquals(ScopeOf(f.Parent), ScopeOf(field.Parent)));
        return clash is null ? null : BuilderStrings.Format("KeyTaken", key, clash.DisplayName);
    }

    /// <summary>Sets a property of the form itself (<c>id</c>, <c>version</c>, <c>retentionDays</c>…); null removes it.</summary>
    public void SetFormProperty(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name is "fields")
        {
            throw new ArgumentException("'fields' is structural and cannot be set as a property.", nameof(name));
        }

        Set(_form, name, value, BuilderStrings.Format("UndoSetForm", PropertyNames.Of(name)), ("form", name));
    }

    /// <summary>Sets the form title (表单标题).</summary>
    public void SetTitle(string zh, string? en) => SetFormProperty("title", DraftJson.WithText(_form["title"], zh ?? "", en));

    /// <summary>Sets the form description (表单说明); blank removes it.</summary>
    public void SetDescription(string? zh, string? en) =>
        SetFormProperty("description", string.IsNullOrWhiteSpace(zh) ? null : DraftJson.WithText(_form["description"], zh, en));

    private void Set(JsonObject target, string name, JsonNode? value, string description, object mergeKey)
    {
        var before = target[name]?.DeepClone();
        var had = target.ContainsKey(name);
        var after = value?.DeepClone();
        if (had == (after is not null) && DraftJson.Equal(before, after))
        {
            return;
        }

        Execute(new DraftEdit(description, () => Put(target, name, after), () => Put(target, name, had ? before : null), mergeKey));
    }

    private static void Put(JsonObject target, string name, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value.DeepClone();
        }
    }
}
