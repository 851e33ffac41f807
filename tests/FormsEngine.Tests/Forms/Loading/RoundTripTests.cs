using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms.Loading;

public class RoundTripTests
{
    private static readonly FormLoadOptions AllowUnknown = new() { AllowUnknown = true };

    private static void AssertLossless(string json, FormLoadOptions? options = null)
    {
        var first = FormDefinition.Load(json, options);
        Assert.True(first.Success, string.Join("\n", first.Diagnostics));
        var saved = first.Form!.ToJson();
        var second = FormDefinition.Load(saved, options);
        Assert.True(second.Success, string.Join("\n", second.Diagnostics));

        Assert.Equal(saved, second.Form!.ToJson());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(saved)), saved);
    }

    [Fact]
    public void Every_field_type_round_trips()
    {
        AssertLossless(FormFixture.Document("""
            { "type": "text", "key": "t", "label": { "zh-CN": "姓名", "en": "Name", "ug": "ئىسىم" }, "help": { "zh-CN": "帮助" }, "required": true,
              "default": "张三", "personalData": "personal", "visibleIf": "a", "requiredIf": "b", "calculate": "c",
              "minLength": 1, "maxLength": 9, "pattern": "\\S+", "patternMessage": { "zh-CN": "不能有空格" },
              "validations": [ { "expression": "len(t) > 1", "message": { "zh-CN": "太短", "en": "Too short" } } ] },
            { "type": "textarea", "key": "ta" },
            { "type": "number", "key": "n", "integer": true, "min": -5, "max": 5.5, "step": 0.5, "unit": { "zh-CN": "岁" }, "default": 0 },
            { "type": "date", "key": "d", "min": "2000-01-01", "max": "today" },
            { "type": "time", "key": "tm", "min": "08:00", "max": "18:00" },
            { "type": "datetime", "key": "dt" },
            { "type": "singleChoice", "key": "sc", "options": [ { "value": "a", "label": { "zh-CN": "甲" }, "color": "red" } ] },
            { "type": "multipleChoice", "key": "mc", "minSelected": 1, "maxSelected": 1, "options": [ { "value": "a", "label": { "zh-CN": "甲" } } ] },
            { "type": "yesNo", "key": "yn", "default": true },
            { "type": "mobile", "key": "m" },
            { "type": "idNumber", "key": "id", "personalData": "sensitive" },
            { "type": "email", "key": "e" },
            { "type": "address", "key": "ad", "unitRequired": true },
            { "type": "file", "key": "fi", "accept": [ "application/pdf" ], "maxSizeBytes": 100, "maxCount": 2 },
            { "type": "photo", "key": "ph" },
            { "type": "signature", "key": "sg", "maxSizeBytes": 1000 },
            { "type": "geolocation", "key": "g", "minLat": 1, "maxLat": 2, "minLng": 3, "maxLng": 4 },
            { "type": "repeat", "key": "r", "minItems": 0, "maxItems": 4, "fields": [ { "type": "text", "key": "t" } ] },
            { "type": "page", "label": { "zh-CN": "第二页" }, "fields": [ { "type": "text", "key": "p" } ] },
            { "type": "static", "content": { "zh-CN": "说明" } },
            { "type": "hidden", "key": "h", "default": "网格-07" },
            { "type": "calculated", "key": "c", "calculate": "n * 2" }
            """));
    }

    [Fact]
    public void Unknown_properties_survive_everywhere()
    {
        AssertLossless("""
            { "schemaVersion": 1, "id": "x", "version": 2, "title": { "zh-CN": "表" }, "owner": { "team": "网格员" }, "tags": [ 1, 2 ],
              "fields": [
                { "type": "text", "key": "a", "x-designer": { "width": 6 }, "placeholder": { "zh-CN": "请输入" } },
                { "type": "repeat", "key": "r", "layout": "table", "fields": [ { "type": "number", "key": "n", "slider": true } ] }
              ] }
            """);
    }

    [Fact]
    public void Unknown_field_types_survive_verbatim()
    {
        AssertLossless(
            FormFixture.Document("""
                { "type": "rating", "key": "stars", "max": 5, "icons": { "full": "★" }, "label": { "zh-CN": "满意度" } },
                { "type": "page", "fields": [ { "type": "map", "layers": [ "roads" ] } ] },
                { "type": "repeat", "key": "r", "fields": [ { "type": "barcode", "key": "b", "formats": [ "qr" ] } ] }
                """),
            AllowUnknown);
    }

    [Fact]
    public void Saved_json_is_indented_camel_case_and_keeps_chinese_readable()
    {
        var saved = FormFixture.Form("""{ "type": "text", "key": "姓名", "required": true }""").ToJson();

        Assert.Contains("\n  \"schemaVersion\": 1,", saved, StringComparison.Ordinal);
        Assert.Contains("\"key\": \"姓名\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"required\": true", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_false_and_missing_flags_load_the_same()
    {
        var withFalse = FormFixture.Form("""{ "type": "text", "key": "a", "required": false }""").ToJson();
        var without = FormFixture.Form("""{ "type": "text", "key": "a" }""").ToJson();

        Assert.Equal(without, withFalse);
    }
}
