using System.Text;
using FormsEngine.Forms;
using FormsEngine.Forms.Loading;

namespace FormsEngine.Tests.Forms.Loading;

public class FormLoaderTests
{
    private const string Text = """{ "type": "text", "key": "name" }""";

    [Fact]
    public void Minimal_form_loads()
    {
        var result = FormFixture.LoadFields(Text);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("test-form", result.Form!.Id);
        Assert.Equal(1, result.Form.Version);
        Assert.Equal("测试表单", result.Form.Title.Zh);
        Assert.Null(result.Form.Title.En);
    }

    [Theory]
    [InlineData("{", 1, 2)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"id\": x\n}", 3, 9)]
    [InlineData("{} trailing", 1, 4)]
    public void Malformed_json_reports_line_and_column(string json, int line, int column)
    {
        var result = FormDefinition.Load(json);

        var d = FormFixture.HasDiagnostic(result, null, LoadCodes.Malformed);
        Assert.Equal(line, d.Line);
        Assert.Equal(column, d.Column);
        Assert.Null(result.Form);
    }

    [Fact]
    public void Duplicate_json_property_is_malformed()
    {
        var result = FormDefinition.Load("""{ "schemaVersion": 1, "schemaVersion": 1 }""");

        FormFixture.HasDiagnostic(result, null, LoadCodes.Malformed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"text\"")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"fields\":[{\"type\":[[[[]]]]}]}")]
    [InlineData("{\"schemaVersion\":1e400}")]
    [InlineData("\uFEFF{")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"\\ud800\",\"fields\":[null,1,\"x\",{}]}")]
    public void Broken_input_never_throws_and_gives_errors(string json)
    {
        var result = FormDefinition.Load(json);

        Assert.Null(result.Form);
        Assert.Contains(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Null_string_gives_a_diagnostic() =>
        FormFixture.HasDiagnostic(FormDefinition.Load((string)null!), null, LoadCodes.Malformed);

    [Fact]
    public void Deeply_nested_json_is_malformed_not_a_crash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        FormFixture.HasDiagnostic(FormDefinition.Load(json), null, LoadCodes.Malformed);
    }

    [Theory]
    [InlineData("[]", "$", LoadCodes.NotAnObject)]
    [InlineData("""{ "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""", "$.schemaVersion", LoadCodes.SchemaVersionMissing)]
    [InlineData("""{ "schemaVersion": 2, "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""", "$.schemaVersion", LoadCodes.SchemaVersionUnsupported)]
    [InlineData("""{ "schemaVersion": "1", "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""", "$.schemaVersion", LoadCodes.WrongType)]
    [InlineData("""{ "schemaVersion": 1, "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""", "$.id", LoadCodes.MissingProperty)]
    [InlineData("""{ "schemaVersion": 1, "id": "Bad Id", "version": 1, "title": { "zh-CN": "t" }, "fields": [] }""", "$.id", LoadCodes.InvalidId)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 0, "title": { "zh-CN": "t" }, "fields": [] }""", "$.version", LoadCodes.OutOfRange)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1.5, "title": { "zh-CN": "t" }, "fields": [] }""", "$.version", LoadCodes.WrongType)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1, "title": "t", "fields": [] }""", "$.title", LoadCodes.WrongType)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1, "title": { "en": "t" }, "fields": [] }""", "$.title", LoadCodes.MissingChinese)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1, "title": { "zh-CN": 5 }, "fields": [] }""", "$.title['zh-CN']", LoadCodes.WrongType)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": {} }""", "$.fields", LoadCodes.WrongType)]
    [InlineData("""{ "schemaVersion": 1, "id": "a", "version": 1, "title": { "zh-CN": "t" } }""", "$.fields", LoadCodes.MissingProperty)]
    public void Document_errors_have_path_and_code(string json, string path, string code) =>
        FormFixture.HasDiagnostic(FormDefinition.Load(json), path, code);

    [Theory]
    [InlineData("""{ "type": "text" }""", "$.fields[0].key", LoadCodes.MissingProperty)]
    [InlineData("""{ "key": "a" }""", "$.fields[0].type", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": 3, "key": "a" }""", "$.fields[0].type", LoadCodes.WrongType)]
    [InlineData("""{ "type": "text", "key": "1abc" }""", "$.fields[0].key", LoadCodes.InvalidKey)]
    [InlineData("""{ "type": "text", "key": "a-b" }""", "$.fields[0].key", LoadCodes.InvalidKey)]
    [InlineData("""{ "type": "text", "key": "" }""", "$.fields[0].key", LoadCodes.InvalidKey)]
    [InlineData("""{ "type": "text", "key": "a", "required": "yes" }""", "$.fields[0].required", LoadCodes.WrongType)]
    [InlineData("""{ "type": "text", "key": "a", "label": "名字" }""", "$.fields[0].label", LoadCodes.WrongType)]
    [InlineData("""{ "type": "text", "key": "a", "visibleIf": true }""", "$.fields[0].visibleIf", LoadCodes.WrongType)]
    [InlineData("""{ "type": "text", "key": "a", "personalData": "secret" }""", "$.fields[0].personalData", LoadCodes.InvalidValue)]
    [InlineData("""{ "type": "text", "key": "a", "validations": [ { "expression": "a != ''" } ] }""", "$.fields[0].validations[0].message", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": "text", "key": "a", "validations": [ 1 ] }""", "$.fields[0].validations[0]", LoadCodes.WrongType)]
    [InlineData("""{ "type": "text", "key": "a", "minLength": 5, "maxLength": 2 }""", "$.fields[0].minLength", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "text", "key": "a", "maxLength": 0 }""", "$.fields[0].maxLength", LoadCodes.OutOfRange)]
    [InlineData("""{ "type": "text", "key": "a", "pattern": "([a-z" }""", "$.fields[0].pattern", LoadCodes.InvalidPattern)]
    [InlineData("""{ "type": "number", "key": "a", "min": 10, "max": 1 }""", "$.fields[0].min", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "number", "key": "a", "max": "9" }""", "$.fields[0].max", LoadCodes.WrongType)]
    [InlineData("""{ "type": "number", "key": "a", "step": 0 }""", "$.fields[0].step", LoadCodes.OutOfRange)]
    [InlineData("""{ "type": "date", "key": "a", "min": "2025-02-30" }""", "$.fields[0].min", LoadCodes.InvalidValue)]
    [InlineData("""{ "type": "date", "key": "a", "min": "2025-02-01", "max": "2025-01-01" }""", "$.fields[0].min", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "time", "key": "a", "min": "20:00", "max": "08:00" }""", "$.fields[0].min", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "time", "key": "a", "max": "25:00" }""", "$.fields[0].max", LoadCodes.InvalidValue)]
    [InlineData("""{ "type": "singleChoice", "key": "a" }""", "$.fields[0].options", LoadCodes.NoOptions)]
    [InlineData("""{ "type": "singleChoice", "key": "a", "options": [] }""", "$.fields[0].options", LoadCodes.NoOptions)]
    [InlineData("""{ "type": "multipleChoice", "key": "a", "options": [ { "value": "x", "label": { "zh-CN": "甲" } }, { "value": "x", "label": { "zh-CN": "乙" } } ] }""", "$.fields[0].options[1].value", LoadCodes.DuplicateOption)]
    [InlineData("""{ "type": "singleChoice", "key": "a", "options": [ { "value": "x" } ] }""", "$.fields[0].options[0].label", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": "singleChoice", "key": "a", "options": [ "x" ] }""", "$.fields[0].options[0]", LoadCodes.WrongType)]
    [InlineData("""{ "type": "multipleChoice", "key": "a", "options": [ { "value": "x", "label": { "zh-CN": "甲" } } ], "minSelected": 3, "maxSelected": 1 }""", "$.fields[0].minSelected", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "file", "key": "a", "maxSizeBytes": 0 }""", "$.fields[0].maxSizeBytes", LoadCodes.OutOfRange)]
    [InlineData("""{ "type": "file", "key": "a", "accept": [ 1 ] }""", "$.fields[0].accept[0]", LoadCodes.WrongType)]
    [InlineData("""{ "type": "geolocation", "key": "a", "minLat": 95 }""", "$.fields[0].minLat", LoadCodes.OutOfRange)]
    [InlineData("""{ "type": "geolocation", "key": "a", "minLng": 120, "maxLng": 100 }""", "$.fields[0].minLng", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "repeat", "key": "a" }""", "$.fields[0].fields", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": "repeat", "key": "a", "fields": [], "minItems": 4, "maxItems": 2 }""", "$.fields[0].minItems", LoadCodes.MinGreaterThanMax)]
    [InlineData("""{ "type": "static" }""", "$.fields[0].content", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": "calculated", "key": "a" }""", "$.fields[0].calculate", LoadCodes.MissingProperty)]
    [InlineData("""{ "type": "page", "fields": [ { "type": "page", "fields": [] } ] }""", "$.fields[0].fields[0]", LoadCodes.NestedPage)]
    [InlineData("""{ "type": "repeat", "key": "r", "fields": [ { "type": "page", "fields": [] } ] }""", "$.fields[0].fields[0]", LoadCodes.NestedPage)]
    [InlineData("""{ "type": "slider", "key": "a" }""", "$.fields[0].type", LoadCodes.UnknownFieldType)]
    [InlineData("""7""", "$.fields[0]", LoadCodes.WrongType)]
    [InlineData("""{ "type": "number", "key": "a", "max": 10, "default": 11 }""", "$.fields[0].default", LoadCodes.InvalidDefault)]
    [InlineData("""{ "type": "singleChoice", "key": "a", "default": "z", "options": [ { "value": "x", "label": { "zh-CN": "甲" } } ] }""", "$.fields[0].default", LoadCodes.InvalidDefault)]
    [InlineData("""{ "type": "yesNo", "key": "a", "default": "maybe" }""", "$.fields[0].default", LoadCodes.InvalidDefault)]
    public void Field_errors_have_path_and_code(string fieldJson, string path, string code)
    {
        var result = FormFixture.LoadFields(fieldJson);

        Assert.Null(result.Form);
        var d = FormFixture.HasDiagnostic(result, path, code);
        Assert.True(d.IsError);
    }

    [Fact]
    public void Choice_without_options_message_is_bilingual()
    {
        var d = FormFixture.HasDiagnostic(FormFixture.LoadFields("""{ "type": "singleChoice", "key": "a" }"""), "$.fields[0].options", LoadCodes.NoOptions);

        Assert.Equal("$.fields[0].options: 选择题至少需要一个选项 / a choice field needs at least one option", d.ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = FormDefinition.Load("""
            { "schemaVersion": 1, "id": "a", "version": 1, "title": { "zh-CN": "t" }, "fields": [
              { "type": "text", "key": "x", "pattern": "(" },
              { "type": "number", "key": "x", "min": 3, "max": 1 },
              { "type": "singleChoice", "key": "2y", "options": [] }
            ] }
            """);

        Assert.Equal(
            [
                ("$.fields[0].pattern", LoadCodes.InvalidPattern),
                ("$.fields[1].key", LoadCodes.DuplicateKey),
                ("$.fields[1].min", LoadCodes.MinGreaterThanMax),
                ("$.fields[2].key", LoadCodes.InvalidKey),
                ("$.fields[2].options", LoadCodes.NoOptions),
            ],
            result.Diagnostics.Select(d => (d.Path!, d.Code)));
    }

    [Fact]
    public void Duplicate_keys_are_found_across_pages()
    {
        var result = FormFixture.LoadFields("""
            { "type": "page", "fields": [ { "type": "text", "key": "姓名" } ] },
            { "type": "page", "fields": [ { "type": "text", "key": "姓名" } ] }
            """);

        var d = FormFixture.HasDiagnostic(result, "$.fields[1].fields[0].key", LoadCodes.DuplicateKey);
        Assert.Contains("$.fields[0].fields[0]", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_inside_a_repeat_group_are_scoped_to_it()
    {
        var ok = FormFixture.LoadFields("""
            { "type": "text", "key": "姓名" },
            { "type": "repeat", "key": "家庭成员", "fields": [ { "type": "text", "key": "姓名" } ] },
            { "type": "repeat", "key": "紧急联系人", "fields": [ { "type": "text", "key": "姓名" } ] }
            """);
        var duplicate = FormFixture.LoadFields("""
            { "type": "repeat", "key": "家庭成员", "fields": [ { "type": "text", "key": "姓名" }, { "type": "mobile", "key": "姓名" } ] }
            """);

        Assert.True(ok.Success);
        FormFixture.HasDiagnostic(duplicate, "$.fields[0].fields[1].key", LoadCodes.DuplicateKey);
    }

    [Fact]
    public void Repeat_groups_nest_three_deep_but_not_four()
    {
        static string Nest(int depth) => depth == 0
            ? """{ "type": "text", "key": "t" }"""
            : $$"""{ "type": "repeat", "key": "r{{depth}}", "fields": [ {{Nest(depth - 1)}} ] }""";

        Assert.True(FormFixture.LoadFields(Nest(3)).Success);
        FormFixture.HasDiagnostic(FormFixture.LoadFields(Nest(4)), "$.fields[0].fields[0].fields[0].fields[0]", LoadCodes.RepeatTooDeep);
    }

    [Fact]
    public void Unicode_keys_are_identifiers()
    {
        var result = FormFixture.LoadFields("""{ "type": "number", "key": "年龄" }, { "type": "text", "key": "_x1" }, { "type": "text", "key": "nameÉ2" }""");

        Assert.True(result.Success);
    }

    [Fact]
    public void Unknown_type_is_kept_with_a_warning_when_allowed()
    {
        var result = FormFixture.LoadFields("""{ "type": "slider", "key": "a", "max": 5 }""", new FormLoadOptions { AllowUnknown = true });

        Assert.True(result.Success);
        var d = FormFixture.HasDiagnostic(result, "$.fields[0].type", LoadCodes.UnknownFieldType);
        Assert.False(d.IsError);
        Assert.Equal("slider", Assert.Single(result.Form!.Fields).Type);
    }

    [Fact]
    public void Document_over_the_size_limit_is_rejected()
    {
        var json = FormFixture.Document("""{ "type": "text", "key": "a", "help": { "zh-CN": "说明" } }""");
        var options = new FormLoadOptions { MaxDocumentBytes = 100 };

        FormFixture.HasDiagnostic(FormDefinition.Load(json, options), null, LoadCodes.TooLarge);
        FormFixture.HasDiagnostic(FormDefinition.Load(Encoding.UTF8.GetBytes(json), options), null, LoadCodes.TooLarge);
        FormFixture.HasDiagnostic(FormDefinition.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), options), null, LoadCodes.TooLarge);
    }

    [Fact]
    public void Default_size_limit_is_two_megabytes()
    {
        var padding = new string('a', FormLoadOptions.DefaultMaxDocumentBytes);
        var json = FormFixture.Document($$"""{ "type": "text", "key": "a", "note": "{{padding}}" }""");

        Assert.Equal(2 * 1024 * 1024, new FormLoadOptions().MaxDocumentBytes);
        FormFixture.HasDiagnostic(FormDefinition.Load(json), null, LoadCodes.TooLarge);
    }

    [Fact]
    public void Span_and_stream_overloads_load_the_same_form()
    {
        var json = FormFixture.Document(Text);
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(FormDefinition.Load(json).Form!.ToJson(), FormDefinition.Load(bytes).Form!.ToJson());
        Assert.Equal(FormDefinition.Load(json).Form!.ToJson(), FormDefinition.Load(new MemoryStream(bytes)).Form!.ToJson());
    }

    [Fact]
    public void Utf8_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FormFixture.Document(Text))).ToArray();

        Assert.True(FormDefinition.Load(new MemoryStream(bytes)).Success);
        Assert.True(FormDefinition.Load("\uFEFF" + FormFixture.Document(Text)).Success);
    }

    [Fact]
    public void Personal_data_defaults_by_type_and_can_be_overridden()
    {
        var form = FormFixture.Form("""
            { "type": "idNumber", "key": "id" },
            { "type": "mobile", "key": "phone" },
            { "type": "text", "key": "note" },
            { "type": "mobile", "key": "office", "personalData": "none" }
            """);

        Assert.Equal(PersonalDataClass.Sensitive, form.FindField("id")!.PersonalData);
        Assert.Equal(PersonalDataClass.Personal, form.FindField("phone")!.PersonalData);
        Assert.Equal(PersonalDataClass.None, form.FindField("note")!.PersonalData);
        Assert.Equal(PersonalDataClass.None, form.FindField("office")!.PersonalData);
    }

    [Fact]
    public void Expressions_and_custom_validations_are_stored()
    {
        var field = FormFixture.Form("""
            { "type": "number", "key": "年龄", "visibleIf": "a > 1", "requiredIf": "b", "calculate": "c + 1",
              "validations": [ { "expression": "年龄 >= 18", "message": { "zh-CN": "须年满18岁", "en": "Must be 18 or over" } } ] }
            """).Fields[0];

        Assert.Equal("a > 1", field.VisibleIf);
        Assert.Equal("b", field.RequiredIf);
        Assert.Equal("c + 1", field.Calculate);
        var v = Assert.Single(field.Validations);
        Assert.Equal("年龄 >= 18", v.Expression);
        Assert.Equal("须年满18岁", v.Message.Zh);
        Assert.Equal("Must be 18 or over", v.Message.En);
    }
}
