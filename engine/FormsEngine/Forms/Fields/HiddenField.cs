using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>hidden</c>: a value the resident does not see (a source channel, a grid code). A scalar answer is kept as is;
/// when absent, <c>default</c> is used.
/// </summary>
internal sealed class HiddenField : FormField
{
    private HiddenField(FieldCommon common)
        : base(common)
    {
    }

    public static HiddenField Read(FieldCommon common, ObjectReader r) => new(common);

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) => ScalarAnswer.Coerce(value, context);

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
