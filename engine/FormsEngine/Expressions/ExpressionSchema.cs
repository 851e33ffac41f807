using System.Diagnostics.CodeAnalysis;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions;

/// <summary>
/// The fields an expression may read, with their types. Build it with <see cref="Create"/> and the fluent
/// <see cref="Field"/>, <see cref="Record"/> and <see cref="RecordList"/> methods, or infer it from RulesEngine input
/// samples with <see cref="FromJsonSamples"/>. A schema is frozen the first time it is used to compile or to create a
/// record; adding fields afterwards throws.
/// </summary>
public sealed partial class ExpressionSchema
{
    private readonly List<ExpressionField> _fields = [];
    private readonly Dictionary<string, ExpressionField> _byName = new(StringComparer.Ordinal);
    private readonly int[] _slotCounts = new int[StorageKinds.Count];

    private ExpressionSchema()
    {
        RecordType = ExpressionType.CreateRecordType(this);
    }

    /// <summary>The fields in declaration order.</summary>
    public IReadOnlyList<ExpressionField> Fields => _fields;

    /// <summary>True once the layout is fixed.</summary>
    public bool IsFrozen { get; private set; }

    internal ExpressionType RecordType { get; }

    /// <summary>Starts an empty schema.</summary>
    public static ExpressionSchema Create() => new();

    /// <summary>Adds a field. Names are case-sensitive and must be unique.</summary>
    public ExpressionSchema Field(string name, ExpressionType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        if (IsFrozen)
        {
            throw new InvalidOperationException("The schema is frozen: it has already been used to compile or create records.");
        }

        if (type.IsErrorOrNull)
        {
            throw new ArgumentException("A field needs a concrete type.", nameof(type));
        }

        if (_byName.ContainsKey(name))
        {
            throw new ArgumentException($"Field '{name}' is already defined.", nameof(name));
        }

        var storage = StorageKinds.Of(type);
        var field = new ExpressionField(name, type, _fields.Count, _slotCounts[(int)storage]++);
        _fields.Add(field);
        _byName.Add(name, field);
        return this;
    }

    /// <summary>Adds a nested record field (e.g. a RulesEngine input <c>input1</c>) whose fields <paramref name="build"/> defines.</summary>
    public ExpressionSchema Record(string name, Action<ExpressionSchema> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var nested = Create();
        build(nested);
        return Field(name, ExpressionType.Record(nested));
    }

    /// <summary>Adds a list-of-records field (a repeat group such as 家庭成员) whose item fields <paramref name="build"/> defines.</summary>
    public ExpressionSchema RecordList(string name, Action<ExpressionSchema> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var nested = Create();
        build(nested);
        return Field(name, ExpressionType.RecordList(nested));
    }

    /// <summary>Looks a field up by its exact name.</summary>
    public bool TryGetField(string name, [NotNullWhen(true)] out ExpressionField? field) => _byName.TryGetValue(name, out field);

    /// <summary>Creates an empty record (every field missing) laid out for this schema; freezes the schema.</summary>
    public ExpressionRecord CreateRecord()
    {
        Freeze();
        return new ExpressionRecord(this);
    }

    internal int SlotCount(StorageKind kind) => _slotCounts[(int)kind];

    /// <summary>Fixes the layout of this schema and every nested schema.</summary>
    internal void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        IsFrozen = true;
        foreach (var field in _fields)
        {
            var nested = field.Type.Schema ?? field.Type.ElementType?.Schema;
            nested?.Freeze();
        }
    }
}
