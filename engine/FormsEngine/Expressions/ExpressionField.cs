namespace FormsEngine.Expressions;

/// <summary>One named, typed field of an <see cref="ExpressionSchema"/>.</summary>
public sealed class ExpressionField
{
    internal ExpressionField(string name, ExpressionType type, int ordinal, int slot)
    {
        Name = name;
        Type = type;
        Ordinal = ordinal;
        Slot = slot;
    }

    /// <summary>The field name as written in expressions, e.g. <c>年龄</c> or <c>age</c>.</summary>
    public string Name { get; }

    /// <summary>The field type.</summary>
    public ExpressionType Type { get; }

    /// <summary>Position among all fields of the schema; indexes the presence bits.</summary>
    internal int Ordinal { get; }

    /// <summary>Index into the storage array of the field's <see cref="Runtime.StorageKind"/>.</summary>
    internal int Slot { get; }

    internal Runtime.StorageKind Storage => Runtime.StorageKinds.Of(Type);
}
