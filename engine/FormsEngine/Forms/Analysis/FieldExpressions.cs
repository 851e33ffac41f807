using FormsEngine.Expressions;

namespace FormsEngine.Forms.Analysis;

/// <summary>The compiled expressions of one field; null where the field has none or it did not compile.</summary>
public sealed class FieldExpressions
{
    internal FieldExpressions(CompiledExpression? visibleIf, CompiledExpression? requiredIf, CompiledExpression? calculate, IReadOnlyList<CompiledExpression?> validations)
    {
        VisibleIf = visibleIf;
        RequiredIf = requiredIf;
        Calculate = calculate;
        Validations = validations;
    }

    /// <summary>The <c>visibleIf</c> condition.</summary>
    public CompiledExpression? VisibleIf { get; }

    /// <summary>The <c>requiredIf</c> condition.</summary>
    public CompiledExpression? RequiredIf { get; }

    /// <summary>The <c>calculate</c> expression.</summary>
    public CompiledExpression? Calculate { get; }

    /// <summary>The custom validation conditions, in the order of the field's <c>validations</c>.</summary>
    public IReadOnlyList<CompiledExpression?> Validations { get; }
}
