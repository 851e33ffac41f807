namespace FormsEngine.Expressions;

/// <summary>
/// The static type of a field or an expression. Scalar types are singletons; lists and records are built with
/// <see cref="List"/>, <see cref="Record"/> and <see cref="RecordList"/>.
/// </summary>
public sealed class ExpressionType : IEquatable<ExpressionType>
{
    private ExpressionType(ExpressionTypeKind kind, ExpressionType? elementType, ExpressionSchema? schema)
    {
        Kind = kind;
        ElementType = elementType;
        Schema = schema;
    }

    /// <summary>true / false.</summary>
    public static ExpressionType Boolean { get; } = new(ExpressionTypeKind.Boolean, null, null);

    /// <summary>Decimal number.</summary>
    public static ExpressionType Number { get; } = new(ExpressionTypeKind.Number, null, null);

    /// <summary>Text.</summary>
    public static ExpressionType Text { get; } = new(ExpressionTypeKind.Text, null, null);

    /// <summary>Calendar date.</summary>
    public static ExpressionType Date { get; } = new(ExpressionTypeKind.Date, null, null);

    /// <summary>Local date and time.</summary>
    public static ExpressionType DateTime { get; } = new(ExpressionTypeKind.DateTime, null, null);

    /// <summary>Time of day.</summary>
    public static ExpressionType Time { get; } = new(ExpressionTypeKind.Time, null, null);

    /// <summary>The type of the <c>null</c> literal.</summary>
    public static ExpressionType Null { get; } = new(ExpressionTypeKind.Null, null, null);

    /// <summary>The type of an expression that has an error.</summary>
    public static ExpressionType Unknown { get; } = new(ExpressionTypeKind.Unknown, null, null);

    /// <summary>A list of text, e.g. the answer of a multiple-choice question.</summary>
    public static ExpressionType TextList { get; } = new(ExpressionTypeKind.List, Text, null);

    /// <summary>What kind of type this is.</summary>
    public ExpressionTypeKind Kind { get; }

    /// <summary>The element type of a list; null otherwise.</summary>
    public ExpressionType? ElementType { get; }

    /// <summary>The fields of a record; null otherwise.</summary>
    public ExpressionSchema? Schema { get; }

    internal bool IsScalar => Kind is ExpressionTypeKind.Boolean or ExpressionTypeKind.Number or ExpressionTypeKind.Text
        or ExpressionTypeKind.Date or ExpressionTypeKind.DateTime or ExpressionTypeKind.Time;

    internal bool IsOrdered => Kind is ExpressionTypeKind.Number or ExpressionTypeKind.Text
        or ExpressionTypeKind.Date or ExpressionTypeKind.DateTime or ExpressionTypeKind.Time;

    internal bool IsErrorOrNull => Kind is ExpressionTypeKind.Null or ExpressionTypeKind.Unknown;

    /// <summary>A list whose elements have type <paramref name="elementType"/>.</summary>
    public static ExpressionType List(ExpressionType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        if (elementType.Kind is ExpressionTypeKind.List or ExpressionTypeKind.Null or ExpressionTypeKind.Unknown)
        {
            throw new ArgumentException("List elements must be a scalar or a record.", nameof(elementType));
        }

        return elementType == Text ? TextList : new ExpressionType(ExpressionTypeKind.List, elementType, null);
    }

    /// <summary>A record (object) with the fields of <paramref name="schema"/>.</summary>
    public static ExpressionType Record(ExpressionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.RecordType;
    }

    /// <summary>A list of records, e.g. a repeat group (家庭成员).</summary>
    public static ExpressionType RecordList(ExpressionSchema schema) => List(Record(schema));

    /// <summary>Structural equality; records are equal when they share the same schema instance.</summary>
    public bool Equals(ExpressionType? other) =>
        other is not null && Kind == other.Kind && ReferenceEquals(Schema, other.Schema) && Equals(ElementType, other.ElementType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExpressionType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ElementType, Schema);

    /// <summary>Equality operator.</summary>
    public static bool operator ==(ExpressionType? left, ExpressionType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(ExpressionType? left, ExpressionType? right) => !(left == right);

    /// <summary>The Chinese name used in messages, e.g. 数字 or 文本列表.</summary>
    public string DisplayNameZh => Kind switch
    {
        ExpressionTypeKind.Boolean => "是/否值",
        ExpressionTypeKind.Number => "数字",
        ExpressionTypeKind.Text => "文本",
        ExpressionTypeKind.Date => "日期",
        ExpressionTypeKind.DateTime => "日期时间",
        ExpressionTypeKind.Time => "时间",
        ExpressionTypeKind.Record => "记录",
        ExpressionTypeKind.List => ElementType!.DisplayNameZh + "列表",
        ExpressionTypeKind.Null => "空值",
        _ => "未知类型",
    };

    /// <summary>The English name used in messages, e.g. number or list of text.</summary>
    public string DisplayNameEn => Kind switch
    {
        ExpressionTypeKind.Boolean => "boolean",
        ExpressionTypeKind.Number => "number",
        ExpressionTypeKind.Text => "text",
        ExpressionTypeKind.Date => "date",
        ExpressionTypeKind.DateTime => "datetime",
        ExpressionTypeKind.Time => "time",
        ExpressionTypeKind.Record => "record",
        ExpressionTypeKind.List => "list of " + ElementType!.DisplayNameEn,
        ExpressionTypeKind.Null => "null",
        _ => "unknown",
    };

    /// <inheritdoc />
    public override string ToString() => DisplayNameEn;

    internal static ExpressionType CreateRecordType(ExpressionSchema schema) => new(ExpressionTypeKind.Record, null, schema);
}
