using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>page</c>: one step of a multi-page wizard (or a section), titled by <c>label</c>. Its fields are answered at the
/// top level, share the form's key space, and are hidden together when the page is. Pages cannot nest and cannot sit
/// inside a repeat group. The key is optional.
/// </summary>
internal sealed class PageField : FormField
{
    private readonly IReadOnlyList<FormField> _fields;

    private PageField(FieldCommon common, IReadOnlyList<FormField> fields)
        : base(common)
    {
        _fields = fields;
    }

    public override IReadOnlyList<FormField> Fields => _fields;

    internal override bool CarriesAnswer => false;

    public static PageField Read(FieldCommon common, ObjectReader r, KeyScope keys)
    {
        var context = r.Context;
        if (context.InsidePage || context.RepeatDepth > 0)
        {
            context.Error(LoadCodes.NestedPage, r.Path, "分页只能放在表单的最外层", "pages may only appear at the top level of a form");
        }

        context.InsidePage = true;
        var fields = FieldListReader.Read(r.Array("fields", required: true), r.PathOf("fields"), context, keys);
        context.InsidePage = false;
        return new PageField(common, fields);
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) => null;

    private protected override void WriteSpecific(JsonObject target) => target["fields"] = FieldListReader.Write(_fields);
}
