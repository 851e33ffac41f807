using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>Radios and checkboxes with large tap targets: single and multiple choice, and 是/否.</summary>
internal static class ChoiceControls
{
    public static void Choice(Control control, ChoiceField field, JsonNode? answer)
    {
        var o = control.Output;
        var type = field.Multiple ? "checkbox" : "radio";
        o.Raw("<div class=\"fe-opts\">");
        for (var i = 0; i < field.Options.Count; i++)
        {
            var option = field.Options[i];
            var id = control.Id + "-" + i.ToString(CultureInfo.InvariantCulture);
            o.Raw("<label class=\"fe-opt\"").Attr("for", id).Raw(">");
            var input = control with { Required = control.Required && !field.Multiple };
            input.OpenAs("input", type, id, control.Name).Attr("value", option.Value);
            o.Flag("checked", IsChosen(answer, option.Value)).Raw("><span>").Text(option.Label.Zh).Raw("</span></label>");
        }

        o.Raw("</div>");
    }

    public static void YesNo(Control control, JsonNode? answer)
    {
        var o = control.Output;
        var value = AsBool(answer);
        o.Raw("<div class=\"fe-opts fe-yesno\">");
        Option(control, "true", "是", value == true);
        Option(control, "false", "否", value == false);
        o.Raw("</div>");
    }

    private static void Option(Control control, string value, string label, bool chosen)
    {
        var o = control.Output;
        var id = control.Id + "-" + value;
        o.Raw("<label class=\"fe-opt\"").Attr("for", id).Raw(">");
        control.OpenAs("input", "radio", id, control.Name).Attr("value", value);
        o.Flag("checked", chosen).Raw("><span>").Raw(label).Raw("</span></label>");
    }

    private static bool IsChosen(JsonNode? answer, string value)
    {
        if (answer is JsonArray array)
        {
            foreach (var item in array)
            {
                if (AnswerScope.Text(item) == value)
                {
                    return true;
                }
            }

            return false;
        }

        return AnswerScope.Text(answer) == value;
    }

    /// <summary>true, false, or null for no (or an unreadable) answer; accepts the same spellings as the engine.</summary>
    private static bool? AsBool(JsonNode? answer)
    {
        if (answer is not JsonValue value)
        {
            return null;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                return text is "true" or "是" or "1" or "yes" ? true : text is "false" or "否" or "0" or "no" ? false : null;
            default:
                return null;
        }
    }
}
