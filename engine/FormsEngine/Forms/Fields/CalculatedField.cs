using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>calculated</c>: a read-only value computed by its <c>calculate</c> expression (required). Until the expression
/// engine evaluates it, a scalar answer sent by the client is kept as is.
/// </summary>
internal sealed class CalculatedField : FormField
{
    private CalculatedField(FieldCommon common)
        : base(common)
    {
    }

    public static CalculatedField Read(FieldCommon common, ObjectReader r)
    {
        if (common.Calculate is null && !r.Has("calculate"))
        {
            r.Context.Error(LoadCodes.MissingProperty, r.PathOf("calculate"), "计算字段需要计算表达式", "a calculated field needs a calculate expression");
        }

        return new CalculatedField(common);
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) => ScalarAnswer.Coerce(value, context);

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
