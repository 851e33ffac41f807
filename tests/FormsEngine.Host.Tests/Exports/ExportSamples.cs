using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Host.Exports;

namespace FormsEngine.Host.Tests.Exports;

/// <summary>A form with every kind of answer, and rows for it.</summary>
internal static class ExportSamples
{
    public const string FormJson = """
        {
          "schemaVersion": 1, "id": "export-sample", "version": 1,
          "title": { "zh-CN": "返乡人员登记[2026]: 第一批/二批?", "en": "Returnees" },
          "fields": [
            { "type": "page", "key": "p1", "label": { "zh-CN": "第一页" }, "fields": [
              { "type": "static", "key": "说明", "content": { "zh-CN": "请如实填写" } },
              { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名", "en": "Name" } },
              { "type": "number", "key": "同行人数", "label": { "zh-CN": "同行人数" } },
              { "type": "yesNo", "key": "是否发热", "label": { "zh-CN": "是否发热" } },
              { "type": "date", "key": "返乡日期", "label": { "zh-CN": "抵达日期" } }
            ] },
            { "type": "singleChoice", "key": "交通方式", "label": { "zh-CN": "交通方式" }, "options": [
              { "value": "train", "label": { "zh-CN": "火车/高铁" } }, { "value": "car", "label": { "zh-CN": "自驾" } } ] },
            { "type": "multipleChoice", "key": "症状", "label": { "zh-CN": "症状" }, "options": [
              { "value": "cough", "label": { "zh-CN": "咳嗽" } }, { "value": "fever", "label": { "zh-CN": "发热" } } ] },
            { "type": "address", "key": "住址", "label": { "zh-CN": "住址" } },
            { "type": "photo", "key": "照片", "label": { "zh-CN": "照片" } },
            { "type": "text", "key": "备注" },
            { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "fields": [
              { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" } },
              { "type": "number", "key": "年龄", "label": { "zh-CN": "年龄" } }
            ] }
          ]
        }
        """;

    public static readonly string[] ExpectedHeaders =
    [
        "编号", "提交时间", "社区", "状态",
        "姓名", "同行人数", "是否发热", "抵达日期", "交通方式", "症状", "住址", "照片", "备注", "家庭成员 / 姓名", "家庭成员 / 年龄",
    ];

    public static FormDefinition Form()
    {
        var load = FormDefinition.Load(FormJson);
        return load.Form ?? throw new InvalidOperationException(string.Join("; ", load.Diagnostics));
    }

    public static ExportTable Table() => ExportTable.For(Form());

    public static JsonObject Answers(string name = "张三") => new()
    {
        ["姓名"] = name,
        ["同行人数"] = 2,
        ["是否发热"] = false,
        ["返乡日期"] = "2026-01-20",
        ["交通方式"] = "train",
        ["症状"] = new JsonArray("cough", "fever"),
        ["住址"] = new JsonObject { ["community"] = "幸福里小区", ["building"] = "3栋", ["unit"] = "2单元", ["room"] = "501" },
        ["照片"] = new JsonArray(new JsonObject { ["id"] = "f1", ["name"] = "我的照片.jpg", ["size"] = 1000, ["contentType"] = "image/jpeg" }),
        ["备注"] = "=HYPERLINK(\"http://evil\")",
        ["家庭成员"] = new JsonArray(
            new JsonObject { ["姓名"] = "李四", ["年龄"] = 30 },
            new JsonObject { ["姓名"] = "王五" }),
    };

    /// <summary>2026-01-20 02:30 UTC, which is 10:30 in Shanghai.</summary>
    public static ExportRow Row(int i = 1, string name = "张三") =>
        new($"FE-{i:D6}", new DateTimeOffset(2026, 1, 20, 2, 30, 0, TimeSpan.Zero), "幸福里社区", "已通过", Answers(name));

    public static IEnumerable<ExportRow> Rows(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return Row(i, "居民" + i);
        }
    }
}
