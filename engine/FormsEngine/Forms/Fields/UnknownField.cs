using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// A field whose <c>type</c> this engine does not know, loaded only with <see cref="FormLoadOptions.AllowUnknown"/>.
/// It keeps its original JSON so a save loses nothing; its answer is passed through unchecked.
/// </summary>
internal sealed class UnknownField : FormField
{
    private readonly JsonObject _original;

    public UnknownField(FieldCommon common, JsonObject original)
        : base(common)
    {
        _original = (JsonObject)original.DeepClone();
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) => value.DeepClone();

    internal override JsonObject ToJson() => (JsonObject)_original.DeepClone();

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
