using System.Globalization;
using FormsEngine.Forms;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Renders a resident form page: a complete, mobile-first HTML5 document that works without JavaScript (one long
/// form, server-side add/remove of repeat items) and is enhanced by <see cref="ResidentAssets.Script"/> when scripts
/// run. No inline script or style, so a strict CSP (<c>script-src 'self'</c>) fits. Pure: same model, same HTML.
/// </summary>
public static class FormPageRenderer
{
    /// <summary>The name of the hidden idempotency input.</summary>
    public const string IdempotencyFieldName = "_idem";

    /// <summary>Renders the page to a string.</summary>
    public static string Render(FormPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var writer = new StringWriter(new System.Text.StringBuilder(8192 + (model.Form.Form.Fields.Count * 400)), CultureInfo.InvariantCulture);
        Render(model, writer);
        return writer.ToString();
    }

    /// <summary>Renders the page to <paramref name="writer"/>.</summary>
    public static void Render(FormPageModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var form = model.Form.Form;
        var o = new HtmlOutput(writer);
        var errors = ErrorIndex.Create(model.Errors, form);
        var ctx = new RenderContext(o, errors, model.Today);
        var registryKey = RegistryKey(form);

        o.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"format-detection\" content=\"telephone=no\"><title>")
            .Text(errors.IsEmpty ? "" : "（有错误）").Text(form.Title.Zh).Raw(" - ").Text(model.CommunityName).Raw("</title>")
            .Raw("<link rel=\"stylesheet\"").Attr("href", model.StylesheetUrl).Raw(">")
            .Raw("<script defer").Attr("src", model.RuntimeScriptUrl).Raw("></script>")
            .Raw("<script defer").Attr("src", model.FormScriptUrl).Raw("></script>")
            .Raw("<script defer").Attr("src", model.EnhancementScriptUrl).Raw("></script>")
            .Raw("</head><body><main class=\"fe\"><header class=\"fe-head\"><p class=\"fe-community\">").Text(model.CommunityName)
            .Raw("</p><h1>").Text(form.Title.Zh).Raw("</h1>");
        if (form.Description is { } description)
        {
            o.Raw("<p class=\"fe-desc\">").Text(description.Zh).Raw("</p>");
        }

        o.Raw("</header>");
        Summary(o, errors);
        o.Raw("<form class=\"fe-form\" method=\"post\" enctype=\"multipart/form-data\" novalidate")
            .Attr("action", model.ActionUrl).Attr("data-form", registryKey).Raw("><input type=\"hidden\" data-fe-meta")
            .Attr("name", model.AntiforgeryFieldName).Attr("value", model.AntiforgeryToken).Raw("><input type=\"hidden\" data-fe-meta name=\"")
            .Raw(IdempotencyFieldName).Raw("\"").Attr("value", model.IdempotencyToken).Raw(">");
        o.Raw("<p class=\"fe-legend-note\"><span class=\"fe-req\" aria-hidden=\"true\">*</span> 为必填项</p>");
        FieldRenderer.RenderAll(ctx, form.Fields, "", new AnswerScope(model.Answers, model.Normalized), 0);
        o.Raw("<div class=\"fe-actions\"><button type=\"submit\" class=\"fe-submit\" name=\"_action\" value=\"submit\">提交</button></div>")
            .Raw("</form></main></body></html>");
    }

    private static void Summary(HtmlOutput o, ErrorIndex errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        o.Raw("<div class=\"fe-summary\" id=\"fe-summary\" role=\"alert\" tabindex=\"-1\"><h2>提交未成功，请修改以下 ")
            .Raw(errors.Entries.Length.ToString(CultureInfo.InvariantCulture)).Raw(" 处</h2><ul>");
        foreach (var (error, owner, field) in errors.Entries)
        {
            o.Raw("<li>");
            if (owner is not null && field is not Forms.Fields.HiddenField)
            {
                o.Raw("<a").Attr("href", "#" + FieldNames.Id(owner) + "-q").Raw(">").Text(Label(field, owner)).Raw("：").Text(error.MessageZh).Raw("</a>");
            }
            else
            {
                o.Text(error.MessageZh);
            }

            o.Raw("</li>");
        }

        o.Raw("</ul></div>");
    }

    private static string Label(Forms.Fields.FormField? field, string owner)
    {
        var label = field?.Label?.Zh ?? owner;
        var bracket = owner.LastIndexOf('[');
        if (bracket < 0 || field is null)
        {
            return label;
        }

        // 家庭成员[1].姓名 → 姓名（第 2 项）
        var close = owner.IndexOf(']', bracket);
        return int.TryParse(owner.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? string.Create(CultureInfo.InvariantCulture, $"{label}（第 {index + 1} 项）")
            : label;
    }

    internal static string RegistryKey(FormDefinition form) => form.Id + "@" + form.Version.ToString(CultureInfo.InvariantCulture);
}
