using FormsEngine.Expressions;
using FormsEngine.Scripting;

namespace FormsEngine.Rules;

/// <summary>How a rule set is compiled: the inputs it reads, and the expression and JavaScript settings.</summary>
public sealed record RuleSetOptions
{
    /// <summary>
    /// The named inputs: each top-level field is one input (<c>input1</c>, <c>input2</c>…), usually a record. Build it
    /// with <c>ExpressionSchema.FromJsonSamples(("input1", sample))</c>, or from a form:
    /// <c>ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form)))</c>.
    /// Null means no inputs. The schema is frozen by compilation.
    /// </summary>
    public ExpressionSchema? Inputs { get; init; }

    /// <summary>Limits, clock and time zone of the expression language.</summary>
    public ExpressionOptions Expressions { get; init; } = ExpressionOptions.Default;

    /// <summary>Limits of <c>"RuleExpressionType": "JavaScript"</c> rules.</summary>
    public JavaScriptSandboxOptions JavaScript { get; init; } = JavaScriptSandboxOptions.Default;
}
