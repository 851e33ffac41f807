using FormsEngine.Expressions;

namespace FormsEngine.Rules.Runtime;

/// <summary>
/// The names a rule can see: the inputs, then the workflow's GlobalParams, then the LocalParams of the rule and its
/// ancestors. Each scope that declares params has its own schema, whose first fields are the parent's (same layout),
/// so entering it copies the parent's values and evaluates the new params in order.
/// </summary>
internal sealed class RuleScope
{
    private readonly int _inherited;

    public RuleScope(ExpressionSchema schema, RuleScope? parent, IReadOnlyList<ParamSlot> parameters)
    {
        Schema = schema;
        Parent = parent;
        Params = parameters;
        _inherited = parent?.Schema.Fields.Count ?? 0;
    }

    public ExpressionSchema Schema { get; }

    public RuleScope? Parent { get; }

    public IReadOnlyList<ParamSlot> Params { get; }

    /// <summary>Builds this scope's record from the parent's; throws <c>ExpressionRuntimeException</c> when a param fails.</summary>
    public ExpressionRecord Enter(ExpressionRecord parent, object?[]? external = null)
    {
        var record = Schema.CreateRecord();
        RecordValues.CopyPrefix(parent, record, _inherited);
        foreach (var param in Params)
        {
            var value = param.ExternalIndex >= 0 ? external![param.ExternalIndex] : param.Compute(record);
            RecordValues.Store(record, param.Field, value);
        }

        return record;
    }
}
