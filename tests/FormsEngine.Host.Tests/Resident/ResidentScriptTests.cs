using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Designer.Resident;
using FormsEngine.Expressions;
using Jint;
using Microsoft.Extensions.Primitives;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>
/// The pure part of resident.js in Jint 2.10.4 (ES5, no DOM): the naming scheme and answer building agree with the
/// server's, and the built-in checks say what the server says. The DOM part is left to the browser tests.
/// </summary>
public sealed class ResidentScriptTests
{
    private readonly Engine _engine;

    public ResidentScriptTests()
    {
        _engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(5)));
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        _engine.Execute(ExpressionJavaScript.RuntimeLibrary).Execute(form.ToJavaScript())
            .Execute(Encoding.UTF8.GetString(ResidentAssets.Script.Bytes.Span));
    }

    [Theory]
    [InlineData("姓名")]
    [InlineData("家庭成员[12].姓名")]
    [InlineData("住址.building")]
    [InlineData("a[0].b[1].c")]
    public void Ids_match_the_server(string name) =>
        Assert.Equal(FieldNames.Id(name), Eval($"FormsEngineResident.idOf({Js(name)})"));

    [Theory]
    [InlineData("家庭成员[2].住址.room", """["家庭成员",2,"住址","room"]""")]
    [InlineData("姓名", """["姓名"]""")]
    [InlineData("a..b", "null")]
    [InlineData("a[x]", "null")]
    [InlineData("a]", "null")]
    public void Names_parse_as_on_the_server(string name, string expected) =>
        Assert.Equal(expected, Eval($"JSON.stringify(FormsEngineResident.parseName({Js(name)}))"));

    [Fact]
    public void Answers_are_built_as_the_server_reader_builds_them()
    {
        var form = ResidentFixture.Compile(ResidentFixture.AllTypesJson);
        (string Name, string Value, string Kind)[] posted =
        [
            ("数字", "+.5", "number"), ("是否", "true", "yesNo"), ("多选", "a", "multipleChoice"), ("多选", "c", "multipleChoice"),
            ("地址.building", "3", "address"), ("地址.room", "", "address"), ("位置.lat", "30.5", "geolocation"), ("成员[1]", "", ""),
            ("成员[1].姓名", "乙", "text"), ("成员[0]", "", ""), ("文本", "", "text"), ("签名", "data:image/png;base64,AA", "signature"),
            ("照片", """{"id":"u1","name":"a.jpg","size":3,"contentType":"image/jpeg"}""", "photo"),
        ];
        var script = new StringBuilder("var A = {};");
        foreach (var (name, value, kind) in posted)
        {
            script.Append(CultureInfo.InvariantCulture, $"FormsEngineResident.put(A, FormsEngineResident.parseName({Js(name)}), {Js(value)}, {Js(kind)});");
        }

        _engine.Execute(script.ToString());
        var browser = JsonNode.Parse(Eval("JSON.stringify(A)"));
        var server = FormPostReader.Read(form.Form, posted.GroupBy(p => p.Name)
            .Select(g => new KeyValuePair<string, StringValues>(g.Key, g.Select(p => p.Value).ToArray())).ToList()).Answers;
        Assert.True(JsonNode.DeepEquals(server, browser), $"server {server.ToJsonString()}\nbrowser {browser!.ToJsonString()}");
    }

    [Theory]
    [InlineData("mobile", "138 1234 5678", null)]
    [InlineData("mobile", "+8613812345678", null)]
    [InlineData("mobile", "1381234567", "手机号码格式不正确，应为11位数字")]
    [InlineData("idNumber", "11010519491231002x", null)]
    [InlineData("idNumber", "110105194912310021", "身份证号码校验位不正确，请核对")]
    [InlineData("idNumber", "12345", "身份证号码应为18位")]
    [InlineData("email", "li@example.cn", null)]
    [InlineData("email", "li@", "电子邮箱格式不正确")]
    [InlineData("text", "", "请填写此项")]
    public void Built_in_checks_say_what_the_server_says(string kind, string value, string? expected)
    {
        var message = Eval($"String(FormsEngineResident.check({Js(kind)}, {Js(value)}, true))");
        Assert.Equal(expected ?? "null", message);
        var form = ResidentFixture.Compile($$"""
            { "schemaVersion": 1, "id": "c", "version": 1, "title": { "zh-CN": "c" }, "fields": [ { "type": "{{kind}}", "key": "v", "required": true } ] }
            """);
        var server = form.ValidateSubmission(new JsonObject { ["v"] = value });
        Assert.Equal(expected, server.Errors.Count == 0 ? null : server.Errors[0].MessageZh);
    }

    [Fact]
    public void The_form_registry_is_found_under_its_key()
    {
        Assert.Equal("object", Eval("typeof FormsEngineForms['all-types@2']"));
        Assert.Equal("function", Eval("typeof FormsEngineResident.clearDraft"));
    }

    private string Eval(string script)
    {
        _engine.Execute("var __r = (function () { return " + script.TrimEnd(';') + "; }());");
        return _engine.GetValue("__r").AsString();
    }

    private static string Js(string value) => JsonSerializer.Serialize(value);
}
