using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Designer.Resident;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>The resident page: a complete document, labelled controls, errors beside their fields, values kept, text encoded.</summary>
public sealed class FormPageRendererTests
{
    [Theory]
    [MemberData(nameof(ResidentFixture.SampleForms), MemberType = typeof(ResidentFixture))]
    public void Sample_form_renders_a_complete_labelled_document(string file)
    {
        var form = ResidentFixture.Sample(file);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("data-fe-meta name=\"_idem\" value=\"idem-456\"", html, StringComparison.Ordinal);
        Assert.Contains("data-fe-meta name=\"__RequestVerificationToken\" value=\"token-123\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-form=\"{form.Form.Id}@{form.Form.Version}\"", html, StringComparison.Ordinal);
        Assert.Contains(form.Form.Title.Zh, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal); // no inline script: a strict CSP fits
        AssertLabelled(html);
    }

    [Fact]
    public void Every_field_type_gets_its_control()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form));
        AssertLabelled(html);
        Assert.Contains("<input type=\"tel\" id=\"fe-手机\" name=\"手机\" required inputmode=\"numeric\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-身份证\" name=\"身份证\" maxlength=\"18\" autocapitalize=\"characters\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"date\" id=\"fe-日期\" name=\"日期\" max=\"2026-11-22\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\" id=\"fe-是否-true\" name=\"是否\" value=\"true\"><span>是</span>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\" id=\"fe-是否-false\" name=\"是否\" value=\"false\"><span>否</span>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\" id=\"fe-多选-2\" name=\"多选\" value=\"c\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"file\" id=\"fe-照片\" name=\"照片\" accept=\"image/*\" capture=\"environment\" data-downscale=\"1600\" data-max-size=\"10485760\" data-max-count=\"1\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"file\" id=\"fe-附件\" name=\"附件\" accept=\"application/pdf\" multiple data-max-size=\"10485760\" data-max-count=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"地址.building\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"位置.lat\"", html, StringComparison.Ordinal);
        Assert.Contains(">获取当前位置</button>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"fe-sig-note\">签名需要浏览器开启脚本", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"来源\" id=\"fe-来源\" value=\"wechat\">", html, StringComparison.Ordinal);
        Assert.Contains("readonly class=\"fe-calc\" id=\"fe-成员数\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>声明文字</p>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<fieldset class=\"fe-page\""));
        Assert.Contains("<span class=\"fe-unit\">℃</span>", html, StringComparison.Ordinal);

        // Sensitive personal data stays out of the browser's draft.
        Assert.Contains("id=\"fe-身份证-q\" data-key=\"身份证\" data-type=\"idNumber\" data-nodraft>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-位置-q\" data-key=\"位置\" data-type=\"geolocation\" data-nodraft>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-手机-q\" data-key=\"手机\" data-type=\"mobile\">", html, StringComparison.Ordinal);

        // requiredIf: the marker is there for the script, hidden until the condition holds.
        Assert.Contains("邮箱<span class=\"fe-req\" aria-hidden=\"true\" hidden>*</span>", html, StringComparison.Ordinal);

        // minItems 1 with no answers: one blank item, server-side add/remove buttons, and a template for the script.
        Assert.Contains("name=\"成员[0].姓名\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"成员[1].姓名\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"_action\" formnovalidate value=\"add:成员\">添加成员</button>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"remove:成员:0\"", html, StringComparison.Ordinal);
        Assert.Contains("<template class=\"fe-template\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"成员[__i0__].姓名\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_are_filled_back_in()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, ResidentFixture.Answers(ResidentFixture.AllTypesAnswers)));
        Assert.Contains("name=\"文本\" required maxlength=\"30\" value=\"张三 &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains(">第一行&#xA;第二行 &amp; &quot;引号&quot;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"36.5\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-单选-1\" name=\"单选\" required value=\"b\" checked", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-是否-true\" name=\"是否\" value=\"true\" checked", html, StringComparison.Ordinal);
        Assert.Contains("name=\"成员[1].姓名\" required maxlength=\"200\" value=\"王五\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>a.jpg<input type=\"hidden\" name=\"照片\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"fe-sig-note\">已签名。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_appear_beside_their_fields_and_in_the_summary()
    {
        var form = ResidentFixture.Sample("returnee-registration.json");
        var answers = ResidentFixture.Answers("""
            { "姓名": "张三", "身份证号": "12345", "手机号": "123", "家庭成员": [ { "身份证号": "11010519491231002X" } ] }
            """);
        var result = form.ValidateSubmission(answers);
        Assert.False(result.IsValid);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, answers, result.Errors));

        Assert.Contains("<div class=\"fe-summary\" id=\"fe-summary\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains($"请修改以下 {result.Errors.Count} 处", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fe-err\" id=\"fe-身份证号-e\">身份证号码应为18位</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fe-err\" id=\"fe-手机号-e\">手机号码格式不正确，应为11位数字</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-身份证号\" name=\"身份证号\" required aria-describedby=\"fe-身份证号-e\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#fe-身份证号-q\">身份证号：身份证号码应为18位</a>", html, StringComparison.Ordinal);

        // Inside a repeat item: the member's missing name, beside that member's input.
        Assert.Contains("<p class=\"fe-err\" id=\"fe-家庭成员-0-姓名-e\">请填写此项</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#fe-家庭成员-0-姓名-q\">姓名（第 1 项）：请填写此项</a>", html, StringComparison.Ordinal);

        // An address part's error belongs to the address.
        Assert.Contains("id=\"fe-住址-q\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"fe-住址-e\">[^<]*请填写", html);

        // Nothing typed is lost.
        Assert.Contains("name=\"身份证号\" required aria-describedby=\"fe-身份证号-e\" aria-invalid=\"true\" maxlength=\"18\" autocapitalize=\"characters\" autocomplete=\"off\" spellcheck=\"false\" value=\"12345\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"11010519491231002X\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_labels_and_answers_are_encoded()
    {
        const string Evil = "<script>alert(1)</script>\"'&";
        var json = ResidentFixture.AllTypesJson
            .Replace("\"zh-CN\": \"文本\"", "\"zh-CN\": " + JsonValue.Create(Evil).ToJsonString(), StringComparison.Ordinal)
            .Replace("\"zh-CN\": \"甲\"", "\"zh-CN\": " + JsonValue.Create(Evil).ToJsonString(), StringComparison.Ordinal)
            .Replace("\"zh-CN\": \"声明文字\"", "\"zh-CN\": " + JsonValue.Create(Evil).ToJsonString(), StringComparison.Ordinal)
            .Replace("\"zh-CN\": \"全部类型\"", "\"zh-CN\": " + JsonValue.Create(Evil).ToJsonString(), StringComparison.Ordinal);
        var form = ResidentFixture.Compile(json);
        var answers = new JsonObject
        {
            ["文本"] = "\"><script>alert(2)</script>",
            ["多行"] = "</textarea><script>alert(3)</script>",
            ["照片"] = new JsonArray(new JsonObject { ["id"] = "x", ["name"] = "<img src=x onerror=alert(4)>", ["size"] = 1, ["contentType"] = "image/png" }),
        };
        var errors = new[] { FormsEngine.Diagnostics.Diagnostic.Error("x", "$.文本", "<script>alert(5)</script>", "e") };
        var model = ResidentFixture.Model(form, answers, errors);
        var html = FormPageRenderer.Render(new FormPageModel
        {
            Form = model.Form, CommunityName = "<script>alert(6)</script>", ActionUrl = "/f/\"><script>", Answers = model.Answers,
            Errors = model.Errors, AntiforgeryFieldName = "a\"b", AntiforgeryToken = "<t>", IdempotencyToken = "\"",
            StylesheetUrl = "x", RuntimeScriptUrl = "y", FormScriptUrl = "z", EnhancementScriptUrl = "w",
        });

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</textarea><script", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<script"));
        Assert.Contains("&lt;script&gt;alert(5)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_typed_by_hand_is_shown_in_the_date_picker_format()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var html = FormPageRenderer.Render(ResidentFixture.Model(form, new JsonObject { ["日期"] = "2024/5/1" }));
        Assert.Contains("name=\"日期\" max=\"2026-11-22\" value=\"2024-05-01\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculated_value_comes_from_the_normalized_answers()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        var answers = ResidentFixture.Answers("""{ "成员": [ { "姓名": "甲" }, { "姓名": "乙" }, { "姓名": "丙" } ] }""");
        var result = form.ValidateSubmission(answers);
        var model = ResidentFixture.Model(form, answers, result.Errors);
        var html = FormPageRenderer.Render(new FormPageModel
        {
            Form = model.Form, CommunityName = "社区", ActionUrl = "/", Answers = answers, Normalized = result.Normalized, Errors = result.Errors,
            AntiforgeryFieldName = "a", AntiforgeryToken = "b", IdempotencyToken = "c", StylesheetUrl = "x", RuntimeScriptUrl = "y", FormScriptUrl = "z", EnhancementScriptUrl = "w",
        });
        Assert.Contains("id=\"fe-成员数\" name=\"成员数\" value=\"3\"", html, StringComparison.Ordinal);
    }

    /// <summary>Ids are unique; every label points at an element; every visible input has a label.</summary>
    private static void AssertLabelled(string html)
    {
        var tags = HtmlForm.Tags(html).ToList();
        var ids = tags.Where(t => t.Attrs.ContainsKey("id")).Select(t => t.Attrs["id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var labelled = tags.Where(t => t.Tag == "label").Select(t => Assert.Contains("for", (IDictionary<string, string>)t.Attrs)).ToHashSet(StringComparer.Ordinal);
        Assert.All(labelled, target => Assert.Contains(target, ids));
        foreach (var (tag, attrs) in tags.Where(t => t.Tag is "input" or "textarea"))
        {
            if (attrs.GetValueOrDefault("type") is "hidden" or "submit")
            {
                continue;
            }

            Assert.True(attrs.TryGetValue("id", out var id) && labelled.Contains(id), $"<{tag} name=\"{attrs.GetValueOrDefault("name")}\"> has no label");
        }
    }
}
