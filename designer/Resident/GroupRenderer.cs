using System.Globalization;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Pages and repeat groups. A page is a <c>fieldset.fe-page</c> (all pages in one long form without JavaScript; the
/// script makes a stepper). A repeat group lists its items, each with a remove button, then an add button; both are
/// submit buttons (<c>_action=add:名</c>, <c>_action=remove:名:序号</c>) so they work without JavaScript, and a
/// <c>&lt;template&gt;</c> of a blank item (indexes as <c>__i0__</c>, <c>__i1__</c>… by depth) lets the script do it in place.
/// </summary>
internal static class GroupRenderer
{
    /// <summary>Blank items are never rendered beyond this many, whatever minItems says.</summary>
    private const int MaxBlankItems = 10;

    public static void Page(RenderContext ctx, FormField page, AnswerScope scope)
    {
        var o = ctx.Out;
        o.Raw("<fieldset class=\"fe-page\"");
        if (page.Key.Length > 0)
        {
            o.Attr("id", FieldNames.Id(page.Key) + "-q").Attr("data-key", page.Key);
        }

        o.Raw("><legend class=\"fe-page-title\">").Text(page.Label?.Zh).Raw("</legend>");
        FieldRenderer.RenderAll(ctx, page.Fields, "", scope, 0);
        o.Raw("</fieldset>");
    }

    public static void Repeat(RenderContext ctx, RepeatGroupField group, string name, AnswerScope scope, int depth)
    {
        var o = ctx.Out;
        var id = FieldNames.Id(name);
        var errors = ctx.Errors.For(name);
        var label = group.Label?.Zh ?? group.Key;
        o.Raw(errors is null ? "<fieldset class=\"fe-q fe-repeat\"" : "<fieldset class=\"fe-q fe-repeat fe-invalid\"")
            .Attr("id", id + "-q").Attr("data-key", group.Key).Attr("data-type", group.Type).Attr("data-name", name)
            .Attr("data-depth", depth.ToString(CultureInfo.InvariantCulture))
            .Attr("data-max", (group.MaxItems ?? FormPostReader.DefaultMaxItems).ToString(CultureInfo.InvariantCulture))
            .Attr("data-min", (group.MinItems ?? 0).ToString(CultureInfo.InvariantCulture)).Raw("><legend class=\"fe-label\">").Text(label);
        if (group.MinItems > 0)
        {
            o.Raw("<span class=\"fe-req\" aria-hidden=\"true\">*</span>");
        }

        o.Raw("</legend>");
        if (group.Help is { } help)
        {
            o.Raw("<p class=\"fe-help\">").Text(help.Zh).Raw("</p>");
        }

        if (errors is not null)
        {
            o.Raw("<p class=\"fe-err\"").Attr("id", id + "-e").Raw(">");
            foreach (var error in errors)
            {
                o.Text(error.MessageZh).Raw(" ");
            }

            o.Raw("</p>");
        }

        var count = ItemCount(group, scope);
        o.Raw("<div class=\"fe-items\">");
        for (var i = 0; i < count; i++)
        {
            Item(ctx, group, name, FieldNames.Item(name, i), (i + 1).ToString(CultureInfo.InvariantCulture), scope.Item(group.Key, i), depth);
        }

        o.Raw("</div>");
        if (scope.Answers is not null || depth == 0)
        {
            // A template inside a template would be filled in with the outer placeholder still in its names; the
            // script copies the outermost one and renumbers, so nested groups get their own template only when real.
            o.Raw("<template class=\"fe-template\">");
            var itemName = FieldNames.TemplateItem(name, depth);
            Item(ctx, group, name, itemName, FieldNames.Placeholder(depth), new AnswerScope(null, null), depth);
            o.Raw("</template>");
        }

        o.Raw("<button type=\"submit\" class=\"fe-add\" name=\"_action\" formnovalidate").Attr("value", "add:" + name).Raw(">添加")
            .Text(label).Raw("</button></fieldset>");
    }

    private static void Item(RenderContext ctx, RepeatGroupField group, string groupName, string itemName, string number, AnswerScope item, int depth)
    {
        var o = ctx.Out;
        var index = itemName[(groupName.Length + 1)..^1];
        o.Raw("<fieldset class=\"fe-item\"").Attr("data-index", index).Raw("><legend class=\"fe-item-title\">").Text(group.Label?.Zh ?? group.Key)
            .Raw(" <span class=\"fe-n\">").Raw(number).Raw("</span></legend><input type=\"hidden\" value=\"\"").Attr("name", itemName).Raw(">");
        FieldRenderer.RenderAll(ctx, group.Fields, itemName, item, depth + 1);
        o.Raw("<button type=\"submit\" class=\"fe-remove\" name=\"_action\" formnovalidate")
            .Attr("value", "remove:" + groupName + ":" + index).Raw(">删除这一项</button></fieldset>");
    }

    private static int ItemCount(RepeatGroupField group, AnswerScope scope)
    {
        var existing = scope.Get(group.Key) is System.Text.Json.Nodes.JsonArray array ? array.Count : 0;
        var max = group.MaxItems ?? FormPostReader.DefaultMaxItems;
        return Math.Min(max, Math.Max(existing, Math.Min(group.MinItems ?? 0, MaxBlankItems)));
    }
}
