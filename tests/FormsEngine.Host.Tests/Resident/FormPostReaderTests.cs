using System.Text.Json.Nodes;
using FormsEngine.Designer.Resident;
using Microsoft.Extensions.Primitives;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>Posted fields back to answers: the inverse of the renderer, and safe against hostile posts.</summary>
public sealed class FormPostReaderTests
{
    [Fact]
    public void Rendered_answers_post_back_unchanged_for_every_field_type()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var answers = ResidentFixture.Answers(ResidentFixture.AllTypesAnswers);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, answers));

        var post = FormPostReader.Read(form.Form, HtmlForm.Post(html));

        Assert.True(JsonNode.DeepEquals(answers, post.Answers), $"expected {answers.ToJsonString()}\nactual   {post.Answers.ToJsonString()}");
        Assert.Equal(FormActionKind.Submit, post.Action.Kind);
        Assert.Equal("idem-456", post.IdempotencyToken);
        Assert.Equal(["成员[0].照片", "成员[1].照片", "照片", "附件"], post.FileInputs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ResidentFixture.SampleForms), MemberType = typeof(ResidentFixture))]
    public void Sample_form_posts_back_what_it_showed(string file)
    {
        var form = ResidentFixture.Sample(file);
        var blank = FormPostReader.Read(form.Form, HtmlForm.Post(FormPageRenderer.Render(ResidentFixture.Model(form))));
        var again = FormPostReader.Read(form.Form, HtmlForm.Post(FormPageRenderer.Render(ResidentFixture.Model(form, blank.Answers))));
        Assert.True(JsonNode.DeepEquals(blank.Answers, again.Answers), blank.Answers.ToJsonString() + " / " + again.Answers.ToJsonString());
        _ = form.ValidateSubmission(again.Answers); // must not throw
    }

    [Fact]
    public void Values_are_typed_as_the_validator_expects()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var post = FormPostReader.Read(form.Form, Fields(
            ("数字", "abc"), ("是否", "false"), ("文本", "   "), ("多选", "a"), ("多选", ""), ("多选", "b"), ("位置.lat", "x1"), ("位置.lng", "120")));
        Assert.Equal("""{"数字":"abc","是否":false,"多选":["a","b"],"位置":{"lat":"x1","lng":120}}""", post.Answers.ToJsonString(Json));
        var result = form.ValidateSubmission(post.Answers);
        Assert.Contains(result.Errors, e => e.Path == "$.数字" && e.MessageZh == "请填写数字");
    }

    [Fact]
    public void Hostile_posts_never_throw_and_stay_bounded()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var hostile = new List<(string, string)>
        {
            ("成员[99999999].姓名", "x"), ("成员[4294967296].姓名", "x"), ("成员[5].姓名", "x"), ("成员[-1].姓名", "x"), ("成员[].姓名", "x"),
            ("成员[1]", ""), ("成员[0].未知", "x"), ("成员[0][0]", "x"), ("成员.姓名", "x"), ("成员", "x"), ("[0]", "x"), ("", "x"), (".", "x"),
            ("文本.x", "x"), ("文本[0]", "x"), ("地址.evil", "x"), ("地址", "x"), ("地址.building.x", "x"), ("未知字段", "x"), ("成员数[0]", "x"),
            ("照片", "{not json"), ("照片", "{\"id\":{\"a\":[[[[[[1]]]]]]}}"), ("照片", new string('{', 5000)), ("附件", "[1,2]"),
            ("文本", "一"), ("文本", "二"), ("_action", "remove:成员:99999999999"), ("_idem", "a"), ("_idem", "b"),
            (new string('a', 100_000), "x"), ("成员[0]." + string.Join(".", Enumerable.Repeat("a", 500)), "x"),
            ("文本\0", "x"), ("成员[0].姓名", "\ud800"),
        };
        var post = FormPostReader.Read(form.Form, Fields([.. hostile]));

        Assert.Equal("一", post.Answers["文本"]!.GetValue<string>());
        Assert.Equal(2, post.Answers["成员"]!.AsArray().Count); // the marker 成员[1] made item 1; index 5 is beyond maxItems 5
        Assert.Null(post.Answers["地址"]);
        Assert.Null(post.Answers["照片"]);
        Assert.Equal("a", post.IdempotencyToken);
        Assert.False(post.ApplyAction(form.Form));
        _ = form.ValidateSubmission(post.Answers);
    }

    [Fact]
    public void Items_created_by_one_post_are_capped()
    {
        var json = ResidentFixture.AllTypesJson.Replace("\"maxItems\": 5", "\"maxItems\": 1000", StringComparison.Ordinal);
        var form = ResidentFixture.Compile(json);
        var post = FormPostReader.Read(form.Form, Fields(("成员[999].姓名", "x")));
        Assert.Null(post.Answers["成员"]?.AsArray().FirstOrDefault(i => i?["姓名"] is not null));
        Assert.True(post.Answers["成员"]!.AsArray().Count <= 500);
    }

    [Fact]
    public void Add_and_remove_work_without_javascript()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var post = FormPostReader.Read(form.Form, Fields(("成员[0].姓名", "甲"), ("成员[1].姓名", "乙"), ("_action", "add:成员")));
        Assert.Equal(FormActionKind.Add, post.Action.Kind);
        Assert.True(post.ApplyAction(form.Form));
        Assert.Equal(3, post.Answers["成员"]!.AsArray().Count);

        post = FormPostReader.Read(form.Form, Fields(("成员[0].姓名", "甲"), ("成员[1].姓名", "乙"), ("_action", "remove:成员:0")));
        Assert.Equal(new FormAction(FormActionKind.Remove, "成员", 0), post.Action);
        Assert.True(post.ApplyAction(form.Form));
        Assert.Equal("""[{"姓名":"乙"}]""", post.Answers["成员"]!.ToJsonString(Json));

        var full = FormPostReader.Read(form.Form, Fields([.. Enumerable.Range(0, 5).Select(i => ($"成员[{i}]", "")), ("_action", "add:成员")]));
        Assert.False(full.ApplyAction(form.Form)); // maxItems 5
        Assert.False(FormPostReader.Read(form.Form, Fields(("_action", "add:文本"))).ApplyAction(form.Form));
    }

    [Fact]
    public void Uploads_attach_only_to_file_inputs_of_the_page()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var post = FormPostReader.Read(form.Form, Fields(("成员[0].姓名", "甲")));
        Assert.True(post.AttachFile("成员[0].照片", "u9", "p.jpg", 10, "image/jpeg"));
        Assert.True(post.AttachFile("附件", "u8", "a.pdf", 11, "application/pdf"));
        Assert.False(post.AttachFile("成员[3].照片", "u7", "p.jpg", 10, "image/jpeg"));
        Assert.False(post.AttachFile("文本", "u6", "p.jpg", 10, "image/jpeg"));
        Assert.Equal("""{"id":"u9","name":"p.jpg","size":10,"contentType":"image/jpeg"}""", post.Answers["成员"]![0]!["照片"]![0]!.ToJsonString(Json));
        Assert.Single(post.Answers["附件"]!.AsArray());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static List<KeyValuePair<string, StringValues>> Fields(params (string Name, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, StringValues>(p.Name, p.Value)).ToList();
}
