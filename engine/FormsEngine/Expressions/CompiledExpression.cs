using System.Text.Json.Nodes;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.DotNet;
using FormsEngine.Expressions.JavaScript;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions;

/// <summary>
/// A checked expression, ready to run on the server (<see cref="Evaluate"/>, <see cref="ToPredicate"/>) or in the
/// browser (<see cref="ToJavaScript"/>). Delegates are built on first use and cached; instances are thread-safe.
/// </summary>
public sealed class CompiledExpression
{
    private readonly ExpressionOptions _options;
    private readonly DelegateStrategy _strategy;
    private readonly Lazy<TieredDelegate<JsonNode?>> _evaluate;
    private readonly Lazy<CompiledPredicate> _predicate;

    internal CompiledExpression(string source, ExpressionSchema schema, BoundNode root, IReadOnlyList<string> references, ExpressionOptions options, int nodeCount)
        : this(source, schema, root, references, options, ChooseStrategy(nodeCount, options))
    {
    }

    private CompiledExpression(string source, ExpressionSchema schema, BoundNode root, IReadOnlyList<string> references, ExpressionOptions options, DelegateStrategy strategy)
    {
        Source = source;
        Schema = schema;
        Bound = root;
        References = references;
        _options = options;
        _strategy = strategy;
        _evaluate = new(() => ValueEvaluator.Create(root, options, strategy));
        _predicate = new(() => new CompiledPredicate(ValueEvaluator.CreatePredicate(root, options, strategy), schema));
    }

    /// <summary>The source text.</summary>
    public string Source { get; }

    /// <summary>The schema the expression was checked against; records passed in must be created from it.</summary>
    public ExpressionSchema Schema { get; }

    /// <summary>The type of the result.</summary>
    public ExpressionType ResultType => Bound.Type;

    /// <summary>
    /// Every field the expression reads, as dotted paths: <c>年龄</c>, <c>input1.age</c>, and for repeat groups
    /// <c>家庭成员.年龄</c> (a field of the items). Use it for dependency and cycle analysis.
    /// </summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>True when the expression is a condition and <see cref="ToPredicate"/> may be called.</summary>
    public bool IsCondition => ResultType.Kind is ExpressionTypeKind.Boolean or ExpressionTypeKind.Null;

    /// <summary>
    /// True when the expression is large enough (more than <see cref="ExpressionOptions.InterpretationThreshold"/> nodes)
    /// to stay interpreted; smaller ones are compiled to IL after <see cref="ExpressionOptions.TierUpAfter"/> evaluations.
    /// </summary>
    public bool UsesInterpretation => _strategy == DelegateStrategy.Interpreted;

    internal BoundNode Bound { get; }

    /// <summary>The same expression with another .NET delegate strategy (tests run every case both ways).</summary>
    internal CompiledExpression WithStrategy(DelegateStrategy strategy) => new(Source, Schema, Bound, References, _options, strategy);

    private static DelegateStrategy ChooseStrategy(int nodeCount, ExpressionOptions options) =>
        nodeCount > options.InterpretationThreshold ? DelegateStrategy.Interpreted
        : options.TierUpAfter <= 0 ? DelegateStrategy.Compiled
        : DelegateStrategy.Tiered;

    /// <summary>Evaluates against <paramref name="record"/>; runtime errors come back as a failed result, never as exceptions.</summary>
    public ExpressionResult Evaluate(ExpressionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!ReferenceEquals(record.Schema, Schema))
        {
            throw new ArgumentException("The record was created for a different schema.", nameof(record));
        }

        try
        {
            return ExpressionResult.Success(_evaluate.Value.Invoke(record));
        }
        catch (ExpressionRuntimeException ex)
        {
            return ExpressionResult.Failure(ex.Code, ex.MessageZh, ex.MessageEn);
        }
    }

    /// <summary>The allocation-free boolean fast path. Throws <see cref="InvalidOperationException"/> unless <see cref="IsCondition"/>.</summary>
    public CompiledPredicate ToPredicate() => IsCondition
        ? _predicate.Value
        : throw new InvalidOperationException($"The expression is {ResultType.DisplayNameEn}, not a condition.");

    /// <summary>
    /// ES5 source that defines <c>var {functionName} = function (input, env) {…}</c>. It needs
    /// <see cref="ExpressionJavaScript.RuntimeLibrary"/> loaded first. <c>input</c> is the answers as plain JSON;
    /// <c>env</c> is <c>{ today: "yyyy-MM-dd", now: "yyyy-MM-ddTHH:mm:ss" }</c> from the host (omit it to use the
    /// browser clock at UTC+8). The function returns <c>{ ok: true, value }</c> or <c>{ ok: false, code, messageZh, messageEn }</c>.
    /// </summary>
    public string ToJavaScript(string functionName = "evaluate") => JavaScriptEmitter.Emit(Bound, functionName);

    /// <summary>The <c>env</c> object the host passes to the JavaScript function, from the configured clock and time zone.</summary>
    public JsonObject JavaScriptEnvironment()
    {
        var now = TemporalSemantics.LocalNow(_options);
        return new JsonObject
        {
            ["today"] = TemporalSemantics.Format(DateOnly.FromDateTime(now)),
            ["now"] = TemporalSemantics.Format(now),
        };
    }
}
