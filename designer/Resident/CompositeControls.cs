using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Controls made of several inputs or needing the script: address parts, location, file and photo uploads, signature.
/// Each works without JavaScript, less comfortably: the location is typed, the signature cannot be drawn (a note
/// says so), photos are uploaded at full size.
/// </summary>
internal static class CompositeControls
{
    private static readonly (string Part, string Label)[] AddressParts =
        [("community", "小区"), ("building", "楼栋"), ("unit", "单元"), ("room", "房号")];

    public static void Address(Control control, AddressField field, JsonNode? answer)
    {
        var o = control.Output;
        o.Raw("<div class=\"fe-parts\">");
        foreach (var (part, label) in AddressParts)
        {
            var required = control.Required && (part != "unit" || field.UnitRequired);
            Part(control with { Required = required }, part, label, AnswerScope.Text(answer?[part]), " maxlength=\"100\"");
        }

        o.Raw("</div>");
    }

    public static void Geolocation(Control control, JsonNode? answer)
    {
        var o = control.Output;
        o.Raw("<button type=\"button\" class=\"fe-locate\" hidden").Attr("data-for", control.Name).Raw(">获取当前位置</button>");
        o.Raw("<div class=\"fe-parts\">");
        Part(control, "lat", "纬度", AnswerScope.Text(answer?["lat"]), " inputmode=\"decimal\"");
        Part(control, "lng", "经度", AnswerScope.Text(answer?["lng"]), " inputmode=\"decimal\"");
        o.Raw("</div><input type=\"hidden\"").Attr("name", control.Name + ".accuracy").Attr("id", control.Id + "-accuracy")
            .Attr("value", AnswerScope.Text(answer?["accuracy"]) ?? "").Raw(">");
    }

    public static void Upload(Control control, FileUploadField field, JsonNode? answer)
    {
        var o = control.Output;
        var maxCount = field.MaxCount ?? (field.Type == FieldTypes.Photo ? 1 : 5);
        var kept = Kept(control, answer);
        var accept = field.Accept.Count > 0 ? string.Join(",", field.Accept) : field.Type == FieldTypes.Photo ? "image/*" : null;
        (control with { Required = control.Required && kept == 0 }).Open("input", "file").Attr("accept", accept).RawAttrs(field.Type == FieldTypes.Photo ? " capture=\"environment\"" : "");
        o.Flag("multiple", maxCount > 1);
        if (field.Type == FieldTypes.Photo)
        {
            o.Raw(" data-downscale=\"1600\"");
        }

        var maxSize = field.MaxSizeBytes ?? 10 * 1024 * 1024;
        control.Raw(" data-max-size=\"").Raw(maxSize.ToString(CultureInfo.InvariantCulture)).Raw("\" data-max-count=\"")
            .Raw(maxCount.ToString(CultureInfo.InvariantCulture)).Raw("\"");
        if (kept > 0)
        {
            control.Raw(" data-kept=\"").Raw(kept.ToString(CultureInfo.InvariantCulture)).Raw("\"");
        }

        o.Raw(">");
    }

    public static void Signature(Control control, JsonNode? answer)
    {
        var o = control.Output;
        var value = AnswerScope.Text(answer);
        o.Raw("<input type=\"hidden\" class=\"fe-sig-value\"").Attr("id", control.Id).Attr("name", control.Name).Attr("value", value ?? "").Raw(">");
        o.Raw("<div class=\"fe-sig\" hidden><canvas width=\"600\" height=\"200\" aria-label=\"在此处签名\"></canvas>")
            .Raw("<button type=\"button\" class=\"fe-sig-clear\">重新签名</button></div>");
        o.Raw("<p class=\"fe-sig-note\">").Raw(value is null ? "签名需要浏览器开启脚本（JavaScript）；如无法签名，请到社区服务站办理。" : "已签名。")
            .Raw("</p>");
    }

    /// <summary>Writes the files already uploaded (kept through a server round trip) as hidden references; returns how many.</summary>
    private static int Kept(Control control, JsonNode? answer)
    {
        var items = answer is JsonArray array ? array : answer is JsonObject ? [answer.DeepClone()] : null;
        if (items is null || items.Count == 0)
        {
            return 0;
        }

        var o = control.Output;
        var count = 0;
        o.Raw("<ul class=\"fe-files\">");
        foreach (var item in items)
        {
            if (item is JsonObject file && AnswerScope.Text(file["id"]) is { Length: > 0 })
            {
                o.Raw("<li>").Text(AnswerScope.Text(file["name"]) ?? "").Raw("<input type=\"hidden\"").Attr("name", control.Name)
                    .Attr("value", file.ToJsonString()).Raw("></li>");
                count++;
            }
        }

        o.Raw("</ul>");
        return count;
    }

    private static void Part(Control control, string part, string label, string? value, string extra)
    {
        var o = control.Output;
        var id = control.Id + "-" + part;
        o.Raw("<div class=\"fe-part\"><label").Attr("for", id).Raw(">").Raw(label).Raw("</label>");
        control.OpenAs("input", "text", id, control.Name + "." + part).RawAttrs(extra).Attr("value", value ?? "");
        o.Raw(">").Raw("</div>");
    }
}
