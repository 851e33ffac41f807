namespace FormsEngine.Expressions.Runtime;

/// <summary>The typed array of an <see cref="ExpressionRecord"/> that stores a field.</summary>
internal enum StorageKind
{
    Boolean,
    Number,
    Text,
    Date,
    DateTime,
    Time,
    Reference,
}

/// <summary>Maps expression types to storage kinds and CLR types.</summary>
internal static class StorageKinds
{
    public const int Count = 7;

    public static StorageKind Of(ExpressionType type) => type.Kind switch
    {
        ExpressionTypeKind.Boolean => StorageKind.Boolean,
        ExpressionTypeKind.Number => StorageKind.Number,
        ExpressionTypeKind.Text => StorageKind.Text,
        ExpressionTypeKind.Date => StorageKind.Date,
        ExpressionTypeKind.DateTime => StorageKind.DateTime,
        ExpressionTypeKind.Time => StorageKind.Time,
        ExpressionTypeKind.List or ExpressionTypeKind.Record => StorageKind.Reference,
        _ => throw new ArgumentException($"No storage for {type}.", nameof(type)),
    };

    /// <summary>The CLR type that carries a value of <paramref name="type"/> inside compiled code (nullable for value types).</summary>
    public static Type ClrType(ExpressionType type) => type.Kind switch
    {
        ExpressionTypeKind.Boolean => typeof(bool?),
        ExpressionTypeKind.Number => typeof(decimal?),
        ExpressionTypeKind.Text => typeof(string),
        ExpressionTypeKind.Date => typeof(DateOnly?),
        ExpressionTypeKind.DateTime => typeof(DateTime?),
        ExpressionTypeKind.Time => typeof(TimeOnly?),
        ExpressionTypeKind.Record => typeof(ExpressionRecord),
        ExpressionTypeKind.List => ClrType(type.ElementType!).MakeArrayType(),
        _ => typeof(object),
    };
}
