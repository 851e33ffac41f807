using System.Globalization;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Renders one field: its wrapper (<c>div.fe-q</c> with a <c>label for</c>, or <c>fieldset.fe-q</c> with a legend
/// for grouped controls), help, required marker, errors and control. Every text goes through <see cref="HtmlOutput"/>.
/// Sensitive personal data (ID numbers, location, fields so declared) is marked <c>data-nodraft</c>: resident.js
/// keeps it out of the localStorage draft.
/// </summary>
internal static class FieldRenderer
{
    public static void RenderAll(RenderContext ctx, IReadOnlyList<FormField> fields, string parent, AnswerScope scope, int depth)
    {
        foreach (var field in fields)
        {
            Render(ctx, field, parent, scope, depth);
        }
    }

    public static void Render(RenderContext ctx, FormField field, string parent, AnswerScope scope, int depth)
    {
        var o = ctx.Out;
        switch (field)
        {
            case UnknownField:
                return;
            case PageField:
                GroupRenderer.Page(ctx, field, scope);
                return;
            case RepeatGroupField repeat:
                GroupRenderer.Repeat(ctx, repeat, FieldNames.Child(parent, repeat.Key), scope, depth);
                return;
            case StaticTextField text:
                o.Raw("<div class=\"fe-static\"");
                if (field.Key.Length > 0)
                {
                    o.Attr("id", FieldNames.Id(FieldNames.Child(parent, field.Key)) + "-q").Attr("data-key", field.Key);
                }

                o.Raw("><p>").Text(text.Content?.Zh).Raw("</p></div>");
                return;
            case HiddenField:
                var name = FieldNames.Child(parent, field.Key);
                o.Raw("<input type=\"hidden\"").Attr("name", name).Attr("id", FieldNames.Id(name))
                    .Attr("value", scope.TextOf(field.Key) ?? AnswerScope.Text(field.Default) ?? "").Raw(">");
                return;
        }

        Question(ctx, field, FieldNames.Child(parent, field.Key), scope);
    }

    private static void Question(RenderContext ctx, FormField field, string name, AnswerScope scope)
    {
        var o = ctx.Out;
        var id = FieldNames.Id(name);
        var errors = ctx.Errors.For(name);
        var grouped = field is ChoiceField or YesNoField or AddressField or GeolocationField;
        o.Raw(grouped ? "<fieldset" : "<div").Raw(errors is null ? " class=\"fe-q\"" : " class=\"fe-q fe-invalid\"")
            .Attr("id", id + "-q").Attr("data-key", field.Key).Attr("data-type", field.Type)
            .Flag("data-nodraft", field.PersonalData == PersonalDataClass.Sensitive).Raw(">");
        o.Raw(grouped ? "<legend class=\"fe-label\">" : "<label class=\"fe-label\"");
        if (!grouped)
        {
            o.Attr("for", id).Raw(">");
        }

        o.Text(field.Label?.Zh ?? field.Key);
        if (field.Required || field.RequiredIf is not null)
        {
            o.Raw("<span class=\"fe-req\" aria-hidden=\"true\"").Flag("hidden", !field.Required).Raw(">*</span>");
        }

        o.Raw(grouped ? "</legend>" : "</label>");
        if (field.Help is { } help)
        {
            o.Raw("<p class=\"fe-help\"").Attr("id", id + "-h").Raw(">").Text(help.Zh).Raw("</p>");
        }

        var control = new Control(o, id, name, field.Required, field.Help is not null, errors is not null);
        switch (field)
        {
            case ChoiceField choice:
                ChoiceControls.Choice(control, choice, scope.Get(field.Key));
                break;
            case YesNoField:
                ChoiceControls.YesNo(control, scope.Get(field.Key));
                break;
            case AddressField address:
                CompositeControls.Address(control, address, scope.Get(field.Key));
                break;
            case GeolocationField:
                CompositeControls.Geolocation(control, scope.Get(field.Key));
                break;
            case FileUploadField upload:
                CompositeControls.Upload(control, upload, scope.Get(field.Key));
                break;
            case SignatureField:
                CompositeControls.Signature(control, scope.Get(field.Key));
                break;
            case TextField { Type: FieldTypes.TextArea } area:
                control.Open("textarea", null).Number("maxlength", area.MaxLength ?? 2000).Raw(" rows=\"4\">")
                    .Text(scope.TextOf(field.Key)).Raw("</textarea>");
                break;
            case CalculatedField:
                var calculated = AnswerScope.Text(scope.Normalized?[field.Key]) ?? scope.TextOf(field.Key);
                o.Raw("<input type=\"text\" readonly class=\"fe-calc\"").Attr("id", id).Attr("name", name).Attr("value", calculated ?? "").Raw(">");
                break;
            default:
                Input(ctx, control, field, scope.TextOf(field.Key));
                break;
        }

        if (errors is not null)
        {
            o.Raw("<p class=\"fe-err\"").Attr("id", id + "-e").Raw(">");
            for (var i = 0; i < errors.Count; i++)
            {
                o.Raw(i == 0 ? "" : "<br>").Text(errors[i].MessageZh);
            }

            o.Raw("</p>");
        }

        o.Raw(grouped ? "</fieldset>" : "</div>");
    }

    private static void Input(RenderContext ctx, Control control, FormField field, string? value)
    {
        switch (field)
        {
            case NumberField number:
                control.Open("input", "text").Attr("inputmode", number.Integer && number.Min >= 0 ? "numeric" : "decimal")
                    .Attr("autocomplete", "off");
                break;
            case MobileField:
                control.Open("input", "tel").Raw(" inputmode=\"numeric\" autocomplete=\"tel-national\" maxlength=\"20\"");
                break;
            case IdNumberField:
                control.Open("input", "text").Raw(" maxlength=\"18\" autocapitalize=\"characters\" autocomplete=\"off\" spellcheck=\"false\"");
                break;
            case EmailField:
                control.Open("input", "email").Raw(" inputmode=\"email\" autocomplete=\"email\" maxlength=\"254\"");
                break;
            case DateField date:
                control.Open("input", "date").Attr("min", DateBound(ctx, date.Min)).Attr("max", DateBound(ctx, date.Max));

                // A date typed as 2024-5-1 (a browser without a date picker) would show blank in one that has it.
                value = value is not null && DateField.TryParse(value.AsSpan().Trim(), out var typed) ? DateField.Iso(typed) : value;
                break;
            case TimeField time:
                control.Open("input", "time").Attr("min", time.Min).Attr("max", time.Max);
                break;
            case DateTimeField:
                control.Open("input", "datetime-local").Raw(" step=\"60\"");
                break;
            case TextField text:
                control.Open("input", "text").Number("maxlength", text.MaxLength ?? 200);
                break;
            default:
                control.Open("input", "text");
                break;
        }

        control.Output.Attr("value", value ?? "").Raw(">");
        if (field is NumberField { Unit: { } unit })
        {
            control.Output.Raw("<span class=\"fe-unit\">").Text(unit.Zh).Raw("</span>");
        }
    }

    private static string? DateBound(RenderContext ctx, string? bound) => bound == DateField.Today
        ? ctx.Today?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : bound;
}
