using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>One built-in function, keyword or method of the expression language, as the editor suggests it.</summary>
/// <param name="Name">The name as written, e.g. <c>age</c>.</param>
/// <param name="TextKey">Its texts in <c>BuilderText</c>: the description under the key, how to call it under key<c>_Call</c>.</param>
public sealed record ExpressionFunction(string Name, string TextKey)
{
    /// <summary>How to call it in the UI language, e.g. <c>age(出生日期)</c> or <c>age(birth date)</c>.</summary>
    public string Signature => BuilderStrings.Get(TextKey + "_Call");

    /// <summary>What it gives, in the UI language.</summary>
    public string Description => BuilderStrings.Get(TextKey);
}

/// <summary>
/// The expression language's functions, keywords and methods with help text. The names are the binder's own
/// (<c>Binder.FunctionNames</c>, <c>Binder.Methods</c>); a test keeps this table in step with the engine.
/// </summary>
public static class ExpressionFunctions
{
    /// <summary>The global functions.</summary>
    public static IReadOnlyList<ExpressionFunction> Functions { get; } =
    [
        new("today", "Fn_today"),
        new("now", "Fn_now"),
        new("date", "Fn_date"),
        new("age", "Fn_age"),
        new("daysBetween", "Fn_daysBetween"),
        new("idValid", "Fn_idValid"),
        new("idBirthDate", "Fn_idBirthDate"),
        new("idSex", "Fn_idSex"),
        new("idRegion", "Fn_idRegion"),
        new("len", "Fn_len"),
        new("matches", "Fn_matches"),
        new("isBlank", "Fn_isBlank"),
        new("in", "Fn_in"),
        new("round", "Fn_round"),
        new("min", "Fn_min"),
        new("max", "Fn_max"),
    ];

    /// <summary>Keywords and literals.</summary>
    public static IReadOnlyList<ExpressionFunction> Keywords { get; } =
    [
        new("and", "Kw_and"),
        new("or", "Kw_or"),
        new("not", "Kw_not"),
        new("true", "Kw_true"),
        new("false", "Kw_false"),
        new("null", "Kw_null"),
    ];

    /// <summary>Methods of text values (<c>姓名.StartsWith('张')</c>).</summary>
    public static IReadOnlyList<ExpressionFunction> TextMethods { get; } =
    [
        new("Contains", "Text_Contains"),
        new("StartsWith", "Text_StartsWith"),
        new("EndsWith", "Text_EndsWith"),
        new("ToUpper", "Text_ToUpper"),
        new("ToLower", "Text_ToLower"),
        new("Trim", "Text_Trim"),
    ];

    /// <summary>Methods of lists, such as repeat groups (<c>家庭成员.Count(x => x.年龄 &gt;= 60)</c>).</summary>
    public static IReadOnlyList<ExpressionFunction> ListMethods { get; } =
    [
        new("Any", "List_Any"),
        new("All", "List_All"),
        new("Count", "List_Count"),
        new("Sum", "List_Sum"),
        new("Where", "List_Where"),
        new("Select", "List_Select"),
        new("Contains", "List_Contains"),
    ];
}
