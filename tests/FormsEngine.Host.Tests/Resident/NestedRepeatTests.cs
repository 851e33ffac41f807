using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Designer.Resident;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>Repeat groups inside repeat groups: names, templates, errors and actions reach the inner items.</summary>
public sealed class NestedRepeatTests
{
    private const string FormJson = """
        { "schemaVersion": 1, "id": "nested", "version": 1, "title": { "zh-CN": "嵌套" }, "fields": [
          { "type": "repeat", "key": "家庭", "label": { "zh-CN": "家庭" }, "maxItems": 3, "fields": [
            { "type": "text", "key": "户主", "label": { "zh-CN": "户主" }, "required": true },
            { "type": "repeat", "key": "成员", "label": { "zh-CN": "成员" }, "maxItems": 4, "fields": [
              { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "required": true },
              { "type": "yesNo", "key": "在家", "label": { "zh-CN": "在家" } } ] } ] } ] }
        """;

    private const string Answers = """
        { "家庭": [ { "户主": "甲", "成员": [ { "姓名": "乙", "在家": false }, { "在家": true } ] }, { "户主": "丙" } ] }
        """;

    [Fact]
    public void Nested_items_render_post_back_and_show_their_errors()
    {
        var form = ResidentFixture.Compile(FormJson);
        var answers = ResidentFixture.Answers(Answers);
        var result = form.ValidateSubmission(answers);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, answers, result.Errors));

        Assert.Contains("name=\"家庭[0].成员[1].姓名\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fe-err\" id=\"fe-家庭-0-成员-1-姓名-e\">请填写此项</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"remove:家庭[0].成员:1\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"add:家庭[1].成员\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"家庭[0].成员[__i1__].姓名\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("家庭[__i0__].成员[__i1__]", html, StringComparison.Ordinal); // no template inside the template
        Assert.False(Regex.IsMatch(html, "<template[^>]*>(?:(?!</template>).)*<template", RegexOptions.Singleline));

        var post = FormPostReader.Read(form.Form, HtmlForm.Post(html));
        Assert.True(JsonNode.DeepEquals(answers, post.Answers), post.Answers.ToJsonString());
    }

    [Fact]
    public void Actions_reach_inner_groups_within_their_limits()
    {
        var form = ResidentFixture.Compile(FormJson);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, ResidentFixture.Answers(Answers)));
        var fields = HtmlForm.Post(html);

        var add = FormPostReader.Read(form.Form, [.. fields, new("_action", "add:家庭[1].成员")]);
        Assert.True(add.ApplyAction(form.Form));
        Assert.Single(add.Answers["家庭"]![1]!["成员"]!.AsArray());

        var remove = FormPostReader.Read(form.Form, [.. fields, new("_action", "remove:家庭[0].成员:0")]);
        Assert.True(remove.ApplyAction(form.Form));
        Assert.True(remove.Answers["家庭"]![0]!["成员"]![0]!["在家"]!.GetValue<bool>());

        Assert.False(FormPostReader.Read(form.Form, [.. fields, new("_action", "add:家庭[7].成员")]).ApplyAction(form.Form));
        Assert.False(FormPostReader.Read(form.Form, [.. fields, new("_action", "remove:家庭[0].成员:9")]).ApplyAction(form.Form));
        Assert.False(FormPostReader.Read(form.Form, [.. fields, new("_action", "add:家庭[0].户主")]).ApplyAction(form.Form));
    }
}
