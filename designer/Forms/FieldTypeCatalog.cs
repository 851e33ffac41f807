using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// Every built-in field type the builder offers, in palette order, with Chinese names and sensible starting
/// properties. Unknown types (from a newer engine or a plug-in) are still loaded and saved untouched by
/// <see cref="FormDraft"/>; they just are not in the palette.
/// </summary>
public static class FieldTypeCatalog
{
    private static readonly FieldTypeInfo[] Entries =
    [
        new("text", "单行文本", "基础", "T"),
        new("textarea", "多行文本", "基础", "¶"),
        new("number", "数字", "基础", "#"),
        new("date", "日期", "基础", "日"),
        new("time", "时间", "基础", "时"),
        new("datetime", "日期时间", "基础", "⌚"),
        new("singleChoice", "单选", "选择", "◉") { Defaults = TwoOptions },
        new("multipleChoice", "多选", "选择", "☑") { Defaults = TwoOptions },
        new("yesNo", "是/否", "选择", "?"),
        new("mobile", "手机号", "个人信息", "☎"),
        new("idNumber", "身份证号", "个人信息", "证"),
        new("email", "邮箱", "个人信息", "@"),
        new("address", "地址", "个人信息", "⌂"),
        new("file", "文件", "附件", "⎙"),
        new("photo", "照片", "附件", "▣"),
        new("signature", "签名", "附件", "✍"),
        new("geolocation", "定位", "附件", "⌖"),
        new("repeat", "重复组", "结构", "⟳") { Defaults = static () => new JsonObject { ["fields"] = new JsonArray() } },
        new("page", "分页", "结构", "▤") { Defaults = static () => new JsonObject { ["fields"] = new JsonArray() } },
        new("static", "说明文字", "结构", "i") { Defaults = static () => new JsonObject { ["content"] = Text("请在这里填写说明文字") } },
        new("hidden", "隐藏字段", "高级", "◌"),
        new("calculated", "计算字段", "高级", "ƒ") { Defaults = static () => new JsonObject { ["calculate"] = "0" } },
    ];

    private static readonly Dictionary<string, FieldTypeInfo> ByType = Entries.ToDictionary(e => e.Type, StringComparer.Ordinal);

    /// <summary>All palette entries, in display order.</summary>
    public static IReadOnlyList<FieldTypeInfo> All => Entries;

    /// <summary>The entry for <paramref name="type"/>, or null for a type the builder does not know.</summary>
    public static FieldTypeInfo? Find(string type) => ByType.GetValueOrDefault(type);

    /// <summary>The Chinese name of <paramref name="type"/>, or 未知类型（type） for an unknown one.</summary>
    public static string NameOf(string type) => Find(type)?.NameZh ?? $"未知类型（{type}）";

    internal static JsonObject Text(string zh) => new() { ["zh-CN"] = zh };

    private static JsonObject TwoOptions() => new()
    {
        ["options"] = new JsonArray(
            new JsonObject { ["value"] = "选项1", ["label"] = Text("选项1") },
            new JsonObject { ["value"] = "选项2", ["label"] = Text("选项2") }),
    };
}
