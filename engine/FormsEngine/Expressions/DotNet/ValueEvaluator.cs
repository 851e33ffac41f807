using System.Text.Json.Nodes;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions.DotNet;

/// <summary>Compiles the general path: a typed delegate wrapped so its result becomes JSON without boxing scalars.</summary>
internal static class ValueEvaluator
{
    public static TieredDelegate<JsonNode?> Create(BoundNode root, ExpressionOptions options, DelegateStrategy strategy) =>
        new(interpret => Compile(root, options, interpret), strategy, options.TierUpAfter);

    public static TieredDelegate<bool> CreatePredicate(BoundNode root, ExpressionOptions options, DelegateStrategy strategy) =>
        new(interpret => DotNetEmitter.EmitPredicate(root, options).Compile(preferInterpretation: interpret), strategy, options.TierUpAfter);

    private static Func<ExpressionRecord, JsonNode?> Compile(BoundNode root, ExpressionOptions options, bool interpret)
    {
        var lambda = DotNetEmitter.EmitValue(root, options);
        var compiled = lambda.Compile(preferInterpretation: interpret);
        return compiled switch
        {
            Func<ExpressionRecord, bool?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, decimal?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, DateOnly?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, DateTime?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, TimeOnly?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, string?> f => r => ResultConverter.ToJson(f(r)),
            Func<ExpressionRecord, object?> f => r => ResultConverter.ToJsonObject(f(r)),
            _ => throw new InvalidOperationException($"Unexpected delegate {compiled.GetType().Name}."),
        };
    }
}
