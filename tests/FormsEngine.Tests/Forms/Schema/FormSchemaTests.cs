using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms.Schema;

/// <summary>The published JSON Schema and the loader agree: what loads cleanly conforms, and typical mistakes fail both.</summary>
public class FormSchemaTests
{
    private static readonly MiniSchemaValidator Schema = new(JsonNode.Parse(File.ReadAllText(RepoPaths.Schema))!.AsObject());

    [Fact]
    public void Schema_declares_draft_2020_12() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(File.ReadAllText(RepoPaths.Schema))!["$schema"]!.GetValue<string>());

    [Theory]
    [MemberData(nameof(SampleFormTests.Samples), MemberType = typeof(SampleFormTests))]
    public void Sample_forms_conform(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.SampleForms, file));

        Assert.Empty(Schema.Validate(JsonNode.Parse(json)));
        Assert.Empty(Schema.Validate(JsonNode.Parse(FormDefinition.Load(json).Form!.ToJson())));
    }

    [Theory]
    [InlineData("""{ "type": "text", "key": "a", "minLength": 1, "maxLength": 9, "pattern": "\\S+", "patternMessage": { "zh-CN": "x" } }""")]
    [InlineData("""{ "type": "number", "key": "年龄", "integer": true, "min": 0, "max": 150, "step": 1, "unit": { "zh-CN": "岁" } }""")]
    [InlineData("""{ "type": "date", "key": "d", "min": "2000-01-01", "max": "today" }""")]
    [InlineData("""{ "type": "time", "key": "t", "min": "8:00", "max": "18:00:00" }""")]
    [InlineData("""{ "type": "multipleChoice", "key": "m", "minSelected": 0, "maxSelected": 2, "options": [ { "value": "a", "label": { "zh-CN": "甲" } } ] }""")]
    [InlineData("""{ "type": "file", "key": "f", "accept": [ "image/*" ], "maxSizeBytes": 1, "maxCount": 1 }""")]
    [InlineData("""{ "type": "geolocation", "key": "g", "minLat": -90, "maxLat": 90, "minLng": -180, "maxLng": 180 }""")]
    [InlineData("""{ "type": "repeat", "key": "r", "minItems": 0, "fields": [ { "type": "text", "key": "t" } ] }""")]
    [InlineData("""{ "type": "page", "fields": [] }""")]
    [InlineData("""{ "type": "static", "content": { "zh-CN": "说明" } }""")]
    [InlineData("""{ "type": "calculated", "key": "c", "calculate": "1 + 1", "personalData": "none" }""")]
    [InlineData("""{ "type": "text", "key": "_x", "x-designer": { "width": 3 } }""")]
    public void Fields_that_load_conform(string field)
    {
        var json = FormFixture.Document(field);

        Assert.True(FormDefinition.Load(json).Success);
        Assert.Empty(Schema.Validate(JsonNode.Parse(json)));
    }

    [Theory]
    [InlineData("""{ "type": "slider", "key": "a" }""")]
    [InlineData("""{ "type": "text" }""")]
    [InlineData("""{ "type": "text", "key": "1a" }""")]
    [InlineData("""{ "type": "text", "key": "a", "required": "yes" }""")]
    [InlineData("""{ "type": "text", "key": "a", "personalData": "secret" }""")]
    [InlineData("""{ "type": "text", "key": "a", "label": { "en": "Name" } }""")]
    [InlineData("""{ "type": "singleChoice", "key": "a", "options": [] }""")]
    [InlineData("""{ "type": "number", "key": "a", "step": 0 }""")]
    [InlineData("""{ "type": "date", "key": "a", "max": "tomorrow" }""")]
    [InlineData("""{ "type": "geolocation", "key": "a", "minLat": 95 }""")]
    [InlineData("""{ "type": "static" }""")]
    [InlineData("""{ "type": "calculated", "key": "a" }""")]
    [InlineData("""{ "type": "repeat", "key": "a" }""")]
    public void Fields_the_loader_rejects_fail_the_schema_too(string field)
    {
        var json = FormFixture.Document(field);

        Assert.False(FormDefinition.Load(json).Success);
        Assert.NotEmpty(Schema.Validate(JsonNode.Parse(json)));
    }

    [Theory]
    [InlineData("""{ "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""")]
    [InlineData("""{ "schemaVersion": 2, "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""")]
    [InlineData("""{ "schemaVersion": 1, "id": "Bad Id", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""")]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 0, "title": { "zh-CN": "t" }, "fields": [] }""")]
    public void Documents_the_loader_rejects_fail_the_schema_too(string json)
    {
        Assert.False(FormDefinition.Load(json).Success);
        Assert.NotEmpty(Schema.Validate(JsonNode.Parse(json)));
    }
}
