using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions;

/// <summary>
/// The answers an expression reads, laid out by an <see cref="ExpressionSchema"/>: one typed array per storage kind
/// plus a presence flag per field, so compiled expressions read fields by index without boxing or dictionary look-ups.
/// Create one with <see cref="ExpressionSchema.CreateRecord"/>, then fill it with the typed setters or
/// <see cref="ExpressionRecordLoader"/>. A field that was never set is missing, which expressions see as null.
/// </summary>
public sealed class ExpressionRecord
{
    // Read directly by the compiled expression trees (DotNet/FieldReader).
    internal readonly bool[] Present;
    internal readonly bool[] Booleans;
    internal readonly decimal[] Numbers;
    internal readonly string?[] Texts;
    internal readonly DateOnly[] Dates;
    internal readonly DateTime[] DateTimes;
    internal readonly TimeOnly[] Times;
    internal readonly object?[] References;

    internal ExpressionRecord(ExpressionSchema schema)
    {
        Schema = schema;
        Present = new bool[schema.Fields.Count];
        Booleans = new bool[schema.SlotCount(StorageKind.Boolean)];
        Numbers = new decimal[schema.SlotCount(StorageKind.Number)];
        Texts = new string?[schema.SlotCount(StorageKind.Text)];
        Dates = new DateOnly[schema.SlotCount(StorageKind.Date)];
        DateTimes = new DateTime[schema.SlotCount(StorageKind.DateTime)];
        Times = new TimeOnly[schema.SlotCount(StorageKind.Time)];
        References = new object?[schema.SlotCount(StorageKind.Reference)];
    }

    /// <summary>The schema that lays this record out.</summary>
    public ExpressionSchema Schema { get; }

    /// <summary>True when the field has a value.</summary>
    public bool HasValue(string name) => Present[Find(name, null).Ordinal];

    /// <summary>Marks the field missing (null).</summary>
    public ExpressionRecord Clear(string name)
    {
        var field = Find(name, null);
        Present[field.Ordinal] = false;
        if (field.Storage == StorageKind.Text)
        {
            Texts[field.Slot] = null;
        }
        else if (field.Storage == StorageKind.Reference)
        {
            References[field.Slot] = null;
        }

        return this;
    }

    /// <summary>Sets a boolean field.</summary>
    public ExpressionRecord SetBoolean(string name, bool value)
    {
        var field = Find(name, ExpressionTypeKind.Boolean);
        Booleans[field.Slot] = value;
        Present[field.Ordinal] = true;
        return this;
    }

    /// <summary>Sets a number field. The value is rounded to 6 decimal places; it must lie within ±99,999,999.999999.</summary>
    public ExpressionRecord SetNumber(string name, decimal value)
    {
        var field = Find(name, ExpressionTypeKind.Number);
        var rounded = NumberSemantics.Round(value);
        if (!NumberSemantics.InRange(rounded))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Numbers must lie within ±99,999,999.999999.");
        }

        Numbers[field.Slot] = rounded;
        Present[field.Ordinal] = true;
        return this;
    }

    /// <summary>Sets a text field; null clears it.</summary>
    public ExpressionRecord SetText(string name, string? value)
    {
        var field = Find(name, ExpressionTypeKind.Text);
        Texts[field.Slot] = value;
        Present[field.Ordinal] = value is not null;
        return this;
    }

    /// <summary>Sets a date field.</summary>
    public ExpressionRecord SetDate(string name, DateOnly value)
    {
        var field = Find(name, ExpressionTypeKind.Date);
        Dates[field.Slot] = value;
        Present[field.Ordinal] = true;
        return this;
    }

    /// <summary>Sets a datetime field (local wall-clock time; truncated to whole seconds).</summary>
    public ExpressionRecord SetDateTime(string name, DateTime value)
    {
        var field = Find(name, ExpressionTypeKind.DateTime);
        DateTimes[field.Slot] = TemporalSemantics.TruncateToSecond(value);
        Present[field.Ordinal] = true;
        return this;
    }

    /// <summary>Sets a time-of-day field (truncated to whole seconds).</summary>
    public ExpressionRecord SetTime(string name, TimeOnly value)
    {
        var field = Find(name, ExpressionTypeKind.Time);
        Times[field.Slot] = TemporalSemantics.TruncateToSecond(value);
        Present[field.Ordinal] = true;
        return this;
    }

    /// <summary>Sets a list-of-text field (e.g. the options chosen in a multiple-choice question); null clears it.</summary>
    public ExpressionRecord SetTextList(string name, IEnumerable<string>? values)
    {
        var field = Find(name, ExpressionTypeKind.List);
        if (field.Type.ElementType!.Kind != ExpressionTypeKind.Text)
        {
            throw new ArgumentException($"Field '{name}' is {field.Type.DisplayNameEn}, not list of text.", nameof(name));
        }

        References[field.Slot] = values?.Where(v => v is not null).ToArray();
        Present[field.Ordinal] = values is not null;
        return this;
    }

    /// <summary>Returns the nested record of a record field, creating it (empty) when missing.</summary>
    public ExpressionRecord GetOrCreateRecord(string name)
    {
        var field = Find(name, ExpressionTypeKind.Record);
        if (References[field.Slot] is ExpressionRecord existing)
        {
            return existing;
        }

        var created = field.Type.Schema!.CreateRecord();
        References[field.Slot] = created;
        Present[field.Ordinal] = true;
        return created;
    }

    /// <summary>Appends a new, empty item to a list-of-records field (a repeat group) and returns it for filling.</summary>
    public ExpressionRecord AddListItem(string name)
    {
        var field = Find(name, ExpressionTypeKind.List);
        var itemSchema = field.Type.ElementType!.Schema
            ?? throw new ArgumentException($"Field '{name}' is {field.Type.DisplayNameEn}, not a list of records.", nameof(name));
        var item = itemSchema.CreateRecord();
        var old = References[field.Slot] as ExpressionRecord[] ?? [];
        var items = new ExpressionRecord[old.Length + 1];
        old.CopyTo(items, 0);
        items[^1] = item;
        References[field.Slot] = items;
        Present[field.Ordinal] = true;
        return item;
    }

    internal void SetReference(ExpressionField field, object? value)
    {
        References[field.Slot] = value;
        Present[field.Ordinal] = value is not null;
    }

    private ExpressionField Find(string name, ExpressionTypeKind? kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Schema.TryGetField(name, out var field))
        {
            throw new ArgumentException($"The schema has no field '{name}'.", nameof(name));
        }

        if (kind is { } k && field.Type.Kind != k)
        {
            throw new ArgumentException($"Field '{name}' is {field.Type.DisplayNameEn}.", nameof(name));
        }

        return field;
    }
}
