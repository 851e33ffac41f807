using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary><c>static</c>: text shown to residents (instructions, a privacy notice) in <c>content</c>. Carries no answer; the key is optional.</summary>
internal sealed class StaticTextField : FormField
{
    private StaticTextField(FieldCommon common, LocalizedText? content)
        : base(common)
    {
        Content = content;
    }

    public LocalizedText? Content { get; }

    internal override bool CarriesAnswer => false;

    public static StaticTextField Read(FieldCommon common, ObjectReader r) => new(common, r.Text("content", required: true));

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) => null;

    private protected override void WriteSpecific(JsonObject target) => AddText(target, "content", Content);
}
