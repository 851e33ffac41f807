namespace FormsEngine.Forms.Loading;

/// <summary>The stable codes of form-loading diagnostics.</summary>
internal static class LoadCodes
{
    public const string Malformed = "form.json.malformed";
    public const string TooLarge = "form.tooLarge";
    public const string NotAnObject = "form.notObject";
    public const string SchemaVersionMissing = "form.schemaVersion.missing";
    public const string SchemaVersionUnsupported = "form.schemaVersion.unsupported";
    public const string WrongType = "form.property.wrongType";
    public const string MissingProperty = "form.property.missing";
    public const string OutOfRange = "form.property.outOfRange";
    public const string InvalidValue = "form.property.invalidValue";
    public const string MissingChinese = "form.text.missingChinese";
    public const string InvalidId = "form.id.invalid";
    public const string UnknownFieldType = "form.field.unknownType";
    public const string InvalidKey = "form.field.invalidKey";
    public const string DuplicateKey = "form.field.duplicateKey";
    public const string RepeatTooDeep = "form.repeat.tooDeep";
    public const string NestedPage = "form.page.nested";
    public const string NoOptions = "form.choice.noOptions";
    public const string DuplicateOption = "form.choice.duplicateOption";
    public const string MinGreaterThanMax = "form.range.minGreaterThanMax";
    public const string InvalidPattern = "form.pattern.invalid";
    public const string InvalidDefault = "form.default.invalid";
}
