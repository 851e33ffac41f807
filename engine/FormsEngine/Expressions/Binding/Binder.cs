using FormsEngine.Diagnostics;
using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.Binding;

/// <summary>
/// Resolves names against the schema and checks types, reporting every error with its line:column. Every member
/// and function is looked up in the language's own allow-list; nothing is ever resolved through reflection, so
/// <c>System.IO.File.Delete("x")</c> or <c>"".GetType()</c> can only ever produce a diagnostic.
/// </summary>
internal sealed partial class Binder
{
    // Roots that people reach for when trying to escape into .NET; named specifically in the diagnostic.
    private static readonly HashSet<string> SystemRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "Microsoft", "Math", "Convert", "DateTime", "DateTimeOffset", "String", "Environment", "Process",
        "File", "Directory", "Path", "Activator", "Type", "AppDomain", "GC", "Console", "Assembly", "Reflection", "Enum",
        "Guid", "Thread", "Task", "Uri", "Regex", "Encoding", "BitConverter", "Marshal", "Object", "Array", "Int32",
        "Int64", "Decimal", "Double", "TimeSpan", "Buffer", "Delegate", "Expression", "Linq", "Enumerable", "Queryable",
    };

    private readonly ExpressionSchema _schema;
    private readonly ExpressionOptions _options;
    private readonly SourceText _source;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<LambdaParameter> _scope = [];
    private readonly Dictionary<LambdaParameter, string?> _parameterPaths = [];
    private readonly List<string> _references = [];
    private int _nextParameterId;

    private Binder(ExpressionSchema schema, ExpressionOptions options, SourceText source, List<Diagnostic> diagnostics)
    {
        _schema = schema;
        _options = options;
        _source = source;
        _diagnostics = diagnostics;
    }

    /// <summary>How many nodes were bound; decides between compiled and interpreted .NET delegates.</summary>
    public int NodeCount { get; private set; }

    public IReadOnlyList<string> References => _references;

    public static (BoundNode Root, IReadOnlyList<string> References, int NodeCount) Bind(
        SyntaxNode syntax, ExpressionSchema schema, ExpressionOptions options, SourceText source, List<Diagnostic> diagnostics)
    {
        var binder = new Binder(schema, options, source, diagnostics);
        var root = binder.BindNode(syntax);
        return (root, binder.References, binder.NodeCount);
    }

    private BoundNode BindNode(SyntaxNode syntax)
    {
        NodeCount++;
        return syntax switch
        {
            LiteralSyntax literal => BindLiteral(literal),
            NameSyntax name => BindName(name),
            MemberSyntax member => BindMember(member),
            CallSyntax call => BindCall(call),
            IndexSyntax index => BindIndex(index),
            UnarySyntax unary => BindUnary(unary),
            BinarySyntax binary => BindBinary(binary),
            ConditionalSyntax conditional => BindConditional(conditional),
            LambdaSyntax lambda => Error(lambda.Span, SyntaxMessages.LambdaOutsideCall()),
            _ => new BoundError(syntax.Span),
        };
    }

    private BoundNode BindLiteral(LiteralSyntax literal)
    {
        switch (literal.Value)
        {
            case null:
                return new BoundLiteral(literal.Span, ExpressionType.Null, null);
            case bool b:
                return new BoundLiteral(literal.Span, ExpressionType.Boolean, b);
            case string s:
                return new BoundLiteral(literal.Span, ExpressionType.Text, s);
            default:
                var d = (decimal)literal.Value;
                var rounded = Runtime.NumberSemantics.Round(d);
                if (rounded != d || !Runtime.NumberSemantics.InRange(d))
                {
                    return Error(literal.Span, BindingMessages.NumberLiteral(_source.Text.Substring(literal.Span.Start, literal.Span.Length)));
                }

                return new BoundLiteral(literal.Span, ExpressionType.Number, Runtime.NumberSemantics.Normalize(d));
        }
    }

    private BoundNode BindName(NameSyntax name)
    {
        for (var i = _scope.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_scope[i].Name, name.Name, StringComparison.Ordinal))
            {
                return new BoundParameter(name.Span, _scope[i]);
            }
        }

        if (_schema.TryGetField(name.Name, out var field))
        {
            AddReference(field.Name);
            return new BoundField(name.Span, null, field);
        }

        if (SystemRoots.Contains(name.Name))
        {
            return Error(name.Span, BindingMessages.NotAllowed(name.Name));
        }

        var candidates = _schema.Fields.Select(f => f.Name).Concat(_scope.Select(p => p.Name));
        return Error(name.Span, BindingMessages.UnknownField(name.Name, null, NameSuggester.Suggest(name.Name, candidates)));
    }

    private BoundNode BindMember(MemberSyntax member)
    {
        if (UnresolvedChain(member) is { } error)
        {
            return error;
        }

        var target = BindNode(member.Target);
        switch (target.Type.Kind)
        {
            case ExpressionTypeKind.Unknown:
                return new BoundError(member.Span);
            case ExpressionTypeKind.Record:
                var schema = target.Type.Schema!;
                if (schema.TryGetField(member.Name, out var field))
                {
                    if (PathOf(target) is { } owner)
                    {
                        AddReference(owner + "." + field.Name);
                    }

                    return new BoundField(member.Span, target, field);
                }

                var suggestion = NameSuggester.Suggest(member.Name, schema.Fields.Select(f => f.Name));
                return Error(member.NameSpan, BindingMessages.UnknownField(member.Name, Describe(member.Target), suggestion));
            case ExpressionTypeKind.Text when member.Name == "Length":
                return new BoundCall(member.Span, ExpressionType.Number, BuiltinFunction.TextLength, [target]);
            case ExpressionTypeKind.List when member.Name is "Count" or "Length":
                return new BoundCall(member.Span, ExpressionType.Number, BuiltinFunction.ListLength, [target]);
            default:
                return Error(member.NameSpan, MemberNotAllowed(member.Name, target.Type));
        }
    }

    private BoundNode BindIndex(IndexSyntax index)
    {
        var source = BindNode(index.Target);
        var position = BindNode(index.Index);
        if (source.Type.Kind == ExpressionTypeKind.Unknown)
        {
            return new BoundError(index.Span);
        }

        if (source.Type.Kind != ExpressionTypeKind.List)
        {
            return Error(index.Span, BindingMessages.NotIndexable(source.Type));
        }

        position = Retype(position, ExpressionType.Number);
        if (position.Type.Kind is not (ExpressionTypeKind.Number or ExpressionTypeKind.Unknown))
        {
            return Error(index.Index.Span, BindingMessages.OperandType("[]", "数字序号", "a number", position.Type));
        }

        return new BoundIndex(index.Span, source.Type.ElementType!, source, position);
    }

    /// <summary>
    /// For <c>a.b.c</c> or <c>a.b.c(…)</c> whose root <c>a</c> is neither a field nor a lambda parameter: reports one
    /// error for the whole chain (naming system types specifically) and binds call arguments only to find their errors.
    /// </summary>
    private BoundError? UnresolvedChain(SyntaxNode node)
    {
        var parts = new List<string>();
        var current = node;
        while (current is MemberSyntax m)
        {
            parts.Insert(0, m.Name);
            current = m.Target;
        }

        if (current is not NameSyntax root || _scope.Any(p => p.Name == root.Name) || _schema.TryGetField(root.Name, out _))
        {
            return null;
        }

        parts.Insert(0, root.Name);
        if (SystemRoots.Contains(root.Name) || parts.Skip(1).Any(p => p is "GetType" or "Invoke" or "Delete" or "Exit"))
        {
            return Error(node.Span, BindingMessages.NotAllowed(string.Join('.', parts)));
        }

        var candidates = _schema.Fields.Select(f => f.Name).Concat(_scope.Select(p => p.Name));
        return Error(root.Span, BindingMessages.UnknownField(root.Name, null, NameSuggester.Suggest(root.Name, candidates)));
    }

    private static Diagnostic MemberNotAllowed(string name, ExpressionType type) => type.Kind switch
    {
        ExpressionTypeKind.Text => BindingMessages.MemberNotAllowed(name, type, "Contains, StartsWith, EndsWith, Length, ToUpper, ToLower, Trim"),
        ExpressionTypeKind.List => BindingMessages.MemberNotAllowed(name, type, "Any, All, Count, Sum, Where, Select, Contains"),
        _ => BindingMessages.MemberNotAllowed(name, type, "—"),
    };

    private string? PathOf(BoundNode node) => node switch
    {
        BoundField f when f.Receiver is null => f.Field.Name,
        BoundField f => PathOf(f.Receiver!) is { } owner ? owner + "." + f.Field.Name : null,
        BoundParameter p => _parameterPaths.GetValueOrDefault(p.Parameter),
        BoundIndex i => PathOf(i.Source),
        _ => null,
    };

    private string Describe(SyntaxNode node) => _source.Text.Substring(node.Span.Start, node.Span.Length);

    private void AddReference(string path)
    {
        if (!_references.Contains(path))
        {
            _references.Add(path);
        }
    }

    private BoundError Error(TextSpan span, Diagnostic diagnostic)
    {
        _diagnostics.Add(_source.At(span, diagnostic));
        return new BoundError(span);
    }

    /// <summary>Gives an untyped <c>null</c> literal the type it is used as.</summary>
    private static BoundNode Retype(BoundNode node, ExpressionType type) =>
        node.Type.Kind == ExpressionTypeKind.Null && type.Kind != ExpressionTypeKind.Unknown ? new BoundLiteral(node.Span, type, null) : node;
}
