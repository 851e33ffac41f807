using System.Globalization;
using System.Text;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.JavaScript;

/// <summary>
/// The ES5 backend: a visitor that writes the bound tree as JavaScript calling the runtime library
/// (<c>formsexpr-runtime.js</c>, global <c>FormsExpr</c>, local alias <c>R</c>). Names and text are always emitted as
/// escaped string literals, never as identifiers, so no input can inject code.
/// </summary>
internal sealed partial class JavaScriptEmitter
{
    private readonly List<string> _regexes = [];
    private int _temps;
    private bool _usesClock;

    private JavaScriptEmitter()
    {
    }

    public static string Emit(BoundNode root, string functionName)
    {
        if (!IsIdentifier(functionName))
        {
            throw new ArgumentException("The function name must be an ASCII JavaScript identifier.", nameof(functionName));
        }

        var emitter = new JavaScriptEmitter();
        var body = emitter.Value(root);
        var sb = new StringBuilder();
        sb.Append("var ").Append(functionName).Append(" = (function (R) {\n");
        for (var i = 0; i < emitter._regexes.Count; i++)
        {
            sb.Append("    var $re").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" = new RegExp(").Append(emitter._regexes[i]).Append(");\n");
        }

        sb.Append("    return function (input, env) {\n");
        sb.Append("        var $in = R.rec(input)").Append(emitter._usesClock ? ", $env = R.env(env)" : "");
        for (var i = 0; i < emitter._temps; i++)
        {
            sb.Append(", $t").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(";\n        try {\n            return { ok: true, value: R.out(").Append(Descriptor(root.Type)).Append(", ").Append(body).Append(") };\n");
        sb.Append("        } catch (e) {\n            return R.failed(e);\n        }\n    };\n}(").Append(ExpressionJavaScript.RuntimeGlobalName).Append("));\n");
        return sb.ToString();
    }

    /// <summary>A JavaScript expression for the value of <paramref name="node"/> (null for a missing value).</summary>
    private string Value(BoundNode node) => node switch
    {
        BoundLiteral literal => Literal(literal),
        BoundField field => Convert(field.Type, $"R.get({(field.Receiver is null ? "$in" : Value(field.Receiver))}, {Quote(field.Field.Name)})"),
        BoundParameter parameter => Parameter(parameter.Parameter),
        BoundUnary { Operator: UnaryOperator.Not } not => $"!{Bool(not.Operand)}",
        BoundUnary unary => $"R.neg({Value(unary.Operand)})",
        BoundBinary binary => Binary(binary),
        BoundConcat concat => $"({Text(concat.Left)} + {Text(concat.Right)})",
        BoundConditional c => $"({Bool(c.Condition)} ? {Value(c.WhenTrue)} : {Value(c.WhenFalse)})",
        BoundCall call => Call(call),
        BoundCollectionCall collection => Collection(collection),
        BoundIndex index => $"R.at({Value(index.Source)}, {Value(index.Index)})",
        _ => throw new InvalidOperationException($"Cannot emit {node.GetType().Name}; the binder should have reported an error."),
    };

    /// <summary>A JavaScript expression that is exactly true or false; null counts as false.</summary>
    private string Bool(BoundNode node) => node switch
    {
        BoundLiteral literal => literal.Value is true ? "true" : "false",
        BoundBinary { Operator: not BinaryOperator.Coalesce } => Value(node),
        BoundUnary or BoundCall or BoundCollectionCall => Value(node),
        _ => $"({Value(node)} === true)",
    };

    private string Text(BoundNode node) => $"R.text({Quote(Kind(node.Type))}, {Value(node)})";

    private string Binary(BoundBinary b)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And:
                return $"({Bool(b.Left)} && {Bool(b.Right)})";
            case BinaryOperator.Or:
                return $"({Bool(b.Left)} || {Bool(b.Right)})";
            case BinaryOperator.Coalesce:
                var temp = "$t" + (_temps++).ToString(CultureInfo.InvariantCulture);
                return $"(({temp} = {Value(b.Left)}) !== null ? {temp} : {Value(b.Right)})";
            case BinaryOperator.Equal:
                return $"({Value(b.Left)} === {Value(b.Right)})";
            case BinaryOperator.NotEqual:
                return $"({Value(b.Left)} !== {Value(b.Right)})";
            default:
                var fn = b.Operator switch
                {
                    BinaryOperator.Less => "lt",
                    BinaryOperator.LessOrEqual => "le",
                    BinaryOperator.Greater => "gt",
                    BinaryOperator.GreaterOrEqual => "ge",
                    BinaryOperator.Add => "add",
                    BinaryOperator.Subtract => "sub",
                    BinaryOperator.Multiply => "mul",
                    BinaryOperator.Divide => "divide",
                    _ => "mod",
                };
                return $"R.{fn}({Value(b.Left)}, {Value(b.Right)})";
        }
    }

    private static string Literal(BoundLiteral literal) => literal.Value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        decimal d => NumberSemantics.ToText(d),
        string s => Quote(s),
        DateOnly d => d.DayNumber.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected literal {literal.Value.GetType().Name}."),
    };

    private static string Parameter(LambdaParameter parameter) => "$p" + parameter.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Converts a raw JSON value read from the answers to the internal representation of <paramref name="type"/>.</summary>
    private static string Convert(ExpressionType type, string raw) => type.Kind switch
    {
        ExpressionTypeKind.Boolean => $"R.bool({raw})",
        ExpressionTypeKind.Number => $"R.num({raw})",
        ExpressionTypeKind.Text => $"R.str({raw})",
        ExpressionTypeKind.Date => $"R.date({raw})",
        ExpressionTypeKind.DateTime => $"R.datetime({raw})",
        ExpressionTypeKind.Time => $"R.time({raw})",
        ExpressionTypeKind.Record => $"R.rec({raw})",
        _ => $"R.convert({Descriptor(type)}, {raw})",
    };

    private static string Kind(ExpressionType type) => type.Kind switch
    {
        ExpressionTypeKind.Boolean => "b",
        ExpressionTypeKind.Number => "n",
        ExpressionTypeKind.Date => "d",
        ExpressionTypeKind.DateTime => "dt",
        ExpressionTypeKind.Time => "t",
        _ => "s",
    };

    /// <summary>The runtime's type descriptor: 'n', 's', …, {l: element}, {r: {field: descriptor}}.</summary>
    private static string Descriptor(ExpressionType type) => type.Kind switch
    {
        ExpressionTypeKind.List => "{ l: " + Descriptor(type.ElementType!) + " }",
        ExpressionTypeKind.Record => "{ r: { " + string.Join(", ", type.Schema!.Fields.Select(f => Quote(f.Name) + ": " + Descriptor(f.Type))) + " } }",
        _ => Quote(Kind(type)),
    };

    /// <summary>A double-quoted ES5 string literal with everything outside printable ASCII escaped.</summary>
    internal static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E || c is '<' or '>' or '&')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}
