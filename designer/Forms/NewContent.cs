using System.Globalization;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// The Chinese content a new form, field, option or check starts with. It is form content (the <c>zh-CN</c> text
/// residents read, and keys expressions use), not the builder's UI text, so it does not follow the UI language.
/// </summary>
public static class NewContent
{
    /// <summary>The title of a new, empty form.</summary>
    public const string FormTitle = "新表单";

    /// <summary>The community name the preview shows.</summary>
    public const string SampleCommunity = "示例社区";

    /// <summary>The text a new static-text field starts with.</summary>
    public const string StaticText = "请在这里填写说明文字";

    /// <summary>The key a new field of an unknown type starts from.</summary>
    public const string FieldKey = "字段";

    /// <summary>The message a new custom check starts with.</summary>
    public const string CheckMessage = "请检查填写的内容";

    /// <summary>The label of the <paramref name="n"/>th page: 第2页.</summary>
    public static string PageLabel(int n) => string.Create(CultureInfo.InvariantCulture, $"第{n}页");

    /// <summary>The <paramref name="n"/>th option of a new choice (label and value 选项2).</summary>
    public static ChoiceOptionDraft Option(int n)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"选项{n}");
        return new ChoiceOptionDraft(text, text);
    }

    /// <summary>A new custom check: always holds, with <see cref="CheckMessage"/>.</summary>
    public static ValidationRuleDraft Check() => new("true", CheckMessage);
}
