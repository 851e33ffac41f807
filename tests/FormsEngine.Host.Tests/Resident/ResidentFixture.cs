using System.Text.Json.Nodes;
using FormsEngine.Designer.Resident;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>Sample forms, an every-field-type form, and page models for the renderer tests.</summary>
internal static class ResidentFixture
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>One field of every type, a page, and a repeat group with a nested address and photo.</summary>
    public const string AllTypesJson = """
        { "schemaVersion": 1, "id": "all-types", "version": 2, "title": { "zh-CN": "全部类型" },
          "description": { "zh-CN": "说明文字" }, "fields": [
          { "type": "page", "key": "第一页", "label": { "zh-CN": "第一页" }, "fields": [
            { "type": "text", "key": "文本", "label": { "zh-CN": "文本" }, "required": true, "maxLength": 30 },
            { "type": "textarea", "key": "多行", "label": { "zh-CN": "多行" }, "help": { "zh-CN": "可以换行" } },
            { "type": "number", "key": "数字", "label": { "zh-CN": "数字" }, "unit": { "zh-CN": "℃" } },
            { "type": "date", "key": "日期", "label": { "zh-CN": "日期" }, "max": "today" },
            { "type": "time", "key": "时间", "label": { "zh-CN": "时间" } },
            { "type": "datetime", "key": "日期时间", "label": { "zh-CN": "日期时间" } },
            { "type": "singleChoice", "key": "单选", "label": { "zh-CN": "单选" }, "required": true, "options": [
              { "value": "a", "label": { "zh-CN": "甲" } }, { "value": "b", "label": { "zh-CN": "乙" } } ] },
            { "type": "multipleChoice", "key": "多选", "label": { "zh-CN": "多选" }, "options": [
              { "value": "a", "label": { "zh-CN": "甲" } }, { "value": "b", "label": { "zh-CN": "乙" } }, { "value": "c", "label": { "zh-CN": "丙" } } ] },
            { "type": "yesNo", "key": "是否", "label": { "zh-CN": "是否" } } ] },
          { "type": "page", "key": "第二页", "label": { "zh-CN": "第二页" }, "fields": [
            { "type": "mobile", "key": "手机", "label": { "zh-CN": "手机" }, "required": true },
            { "type": "idNumber", "key": "身份证", "label": { "zh-CN": "身份证" } },
            { "type": "email", "key": "邮箱", "label": { "zh-CN": "邮箱" }, "requiredIf": "是否 == true" },
            { "type": "address", "key": "地址", "label": { "zh-CN": "地址" } },
            { "type": "geolocation", "key": "位置", "label": { "zh-CN": "位置" } },
            { "type": "photo", "key": "照片", "label": { "zh-CN": "照片" } },
            { "type": "file", "key": "附件", "label": { "zh-CN": "附件" }, "accept": ["application/pdf"], "maxCount": 3 },
            { "type": "signature", "key": "签名", "label": { "zh-CN": "签名" } } ] },
          { "type": "repeat", "key": "成员", "label": { "zh-CN": "成员" }, "minItems": 1, "maxItems": 5, "fields": [
            { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "required": true },
            { "type": "singleChoice", "key": "关系", "label": { "zh-CN": "关系" }, "options": [
              { "value": "child", "label": { "zh-CN": "子女" } }, { "value": "other", "label": { "zh-CN": "其他" } } ] },
            { "type": "multipleChoice", "key": "爱好", "label": { "zh-CN": "爱好" }, "options": [
              { "value": "x", "label": { "zh-CN": "书" } }, { "value": "y", "label": { "zh-CN": "球" } } ] },
            { "type": "address", "key": "住址", "label": { "zh-CN": "住址" } },
            { "type": "photo", "key": "照片", "label": { "zh-CN": "照片" } } ] },
          { "type": "static", "content": { "zh-CN": "声明文字" } },
          { "type": "calculated", "key": "成员数", "label": { "zh-CN": "成员数" }, "calculate": "成员.Count()" },
          { "type": "hidden", "key": "来源", "default": "wechat" }
        ] }
        """;

    /// <summary>Answers for every field, in the shape <see cref="FormPostReader"/> produces.</summary>
    public const string AllTypesAnswers = """
        { "文本": "张三 <b>", "多行": "第一行\n第二行 & \"引号\"", "数字": 36.5, "日期": "2024-05-01", "时间": "08:30",
          "日期时间": "2024-05-01T08:30", "单选": "b", "多选": ["a", "c"], "是否": true, "手机": "13812345678",
          "身份证": "11010519491231002X", "邮箱": "li@example.cn",
          "地址": { "community": "幸福里", "building": "3", "unit": "2", "room": "501" },
          "位置": { "lat": 30.123456, "lng": 120.5, "accuracy": 15 },
          "照片": [ { "id": "u1", "name": "a.jpg", "size": 1234, "contentType": "image/jpeg" } ],
          "附件": [ { "id": "u2", "name": "a.pdf", "size": 99, "contentType": "application/pdf" },
                    { "id": "u3", "name": "b.pdf", "size": 98, "contentType": "application/pdf" } ],
          "签名": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==",
          "成员": [ { "姓名": "李四", "关系": "child", "爱好": ["y"], "住址": { "community": "东区", "room": "1" } },
                    { "姓名": "王五", "照片": [ { "id": "u4", "name": "b.png", "size": 5, "contentType": "image/png" } ] } ],
          "成员数": "2", "来源": "wechat" }
        """;

    public static string FormsFolder => Path.Combine(RepoPaths.Root, "rulepacks", "forms");

    public static TheoryData<string> SampleForms()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FormsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static CompiledForm Sample(string fileName) => Compile(File.ReadAllText(Path.Combine(FormsFolder, fileName)));

    public static CompiledForm Compile(string json)
    {
        var loaded = FormDefinition.Load(json);
        Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics));
        var compiled = CompiledForm.Compile(loaded.Form!);
        Assert.True(compiled.Succeeded, string.Join(Environment.NewLine, compiled.Diagnostics));
        return compiled;
    }

    public static JsonObject Answers(string json) => (JsonObject)JsonNode.Parse(json)!;

    public static FormPageModel Model(CompiledForm form, JsonObject? answers = null, IReadOnlyList<Diagnostic>? errors = null) => new()
    {
        Form = form,
        CommunityName = "幸福里社区",
        ActionUrl = "/f/xingfuli/" + form.Form.Id,
        Answers = answers ?? [],
        Errors = errors ?? [],
        AntiforgeryFieldName = "__RequestVerificationToken",
        AntiforgeryToken = "token-123",
        IdempotencyToken = "idem-456",
        StylesheetUrl = "/assets/resident.css?v=" + ResidentAssets.Stylesheet.Hash,
        RuntimeScriptUrl = "/assets/formsexpr-runtime.js",
        FormScriptUrl = "/f/xingfuli/" + form.Form.Id + "/form.js",
        EnhancementScriptUrl = "/assets/resident.js?v=" + ResidentAssets.Script.Hash,
        Today = Today,
    };
}
