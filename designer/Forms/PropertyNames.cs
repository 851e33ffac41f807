namespace FormsEngine.Designer.FormEditing;

/// <summary>The Chinese names of field and form properties, for undo descriptions and diagnostics.</summary>
public static class PropertyNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["key"] = "字段标识",
        ["label"] = "标题",
        ["help"] = "提示文字",
        ["required"] = "必填",
        ["default"] = "默认值",
        ["personalData"] = "个人信息级别",
        ["visibleIf"] = "显示条件",
        ["requiredIf"] = "必填条件",
        ["calculate"] = "计算公式",
        ["validations"] = "自定义校验",
        ["options"] = "选项",
        ["min"] = "最小值",
        ["max"] = "最大值",
        ["minLength"] = "最少字数",
        ["maxLength"] = "最多字数",
        ["pattern"] = "格式（正则表达式）",
        ["patternMessage"] = "格式不符时的提示",
        ["integer"] = "只能填整数",
        ["step"] = "步长",
        ["unit"] = "单位",
        ["minSelected"] = "最少选几项",
        ["maxSelected"] = "最多选几项",
        ["unitRequired"] = "必须填写单元",
        ["accept"] = "允许的文件类型",
        ["maxSizeBytes"] = "单个文件大小上限",
        ["maxCount"] = "最多文件数",
        ["minItems"] = "最少条数",
        ["maxItems"] = "最多条数",
        ["content"] = "说明内容",
        ["minLat"] = "最小纬度",
        ["maxLat"] = "最大纬度",
        ["minLng"] = "最小经度",
        ["maxLng"] = "最大经度",
        ["id"] = "表单编号",
        ["version"] = "版本",
        ["title"] = "表单标题",
        ["description"] = "表单说明",
        ["retentionDays"] = "个人信息保存天数",
        ["eligibility"] = "资格规则",
        ["type"] = "类型",
        ["fields"] = "字段",
    };

    /// <summary>The Chinese name of <paramref name="name"/>, or the name itself when unknown.</summary>
    public static string Zh(string name) => Names.GetValueOrDefault(name, name);
}
