using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;

namespace FormsEngine.Packs;

/// <summary>
/// A value a community may adapt, read by expressions as <c>param.&lt;Name&gt;</c>. Every value (the default, a
/// street's or a community's override, a golden case's) is checked by <see cref="Check"/> against the type and the
/// allowed range or list.
/// </summary>
public sealed record PackParameter(string Name, PackParameterType Type, JsonNode? Default, LocalizedText Description)
{
    /// <summary>The staff roles a <see cref="PackParameterType.Role"/> parameter may name.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["街道管理员", "社区管理员", "社区工作人员", "网格员"];

    /// <summary>The label staff see, when it differs from the description.</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>The smallest allowed number or date (as written), or null.</summary>
    public JsonNode? Min { get; init; }

    /// <summary>The largest allowed number or date (as written), or null.</summary>
    public JsonNode? Max { get; init; }

    /// <summary>The allowed values of a choice, role or text parameter; empty when any value of the type is allowed.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The longest allowed text, or null.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The type as <c>pack.json</c> writes it: integer, number, text, choice, role, boolean or date.</summary>
    public string TypeName => Type == PackParameterType.WholeNumber ? "integer" : Type.ToString().ToLowerInvariant();

    /// <summary>How expressions see the value.</summary>
    public ExpressionType ExpressionType => Type switch
    {
        PackParameterType.WholeNumber or PackParameterType.Number => ExpressionType.Number,
        PackParameterType.Boolean => ExpressionType.Boolean,
        PackParameterType.Date => ExpressionType.Date,
        _ => ExpressionType.Text,
    };

    /// <summary>The allowed range or list in words, e.g. <c>60–100</c> or <c>社区工作人员、社区管理员</c>.</summary>
    public string AllowedText => Values.Count > 0
        ? string.Join("、", Values)
        : Min is not null || Max is not null ? $"{Min?.ToJsonString().Trim('"') ?? "…"}–{Max?.ToJsonString().Trim('"') ?? "…"}" : "";

    /// <summary>Null when <paramref name="value"/> is allowed, else an error placed at <paramref name="path"/>.</summary>
    public Diagnostic? Check(JsonNode? value, string path)
    {
        var problem = Type switch
        {
            PackParameterType.WholeNumber => Number(value, whole: true),
            PackParameterType.Number => Number(value, whole: false),
            PackParameterType.Boolean => value is JsonValue b && b.TryGetValue<bool>(out _) ? null : ("需要 true 或 false", "must be true or false"),
            PackParameterType.Date => DateValue(value),
            _ => TextValue(value),
        };
        return problem is var (zh, en)
            ? Diagnostic.Error("pack.param.value", path, $"参数“{Name}”的值 {Show(value)} 无效：{zh}", $"parameter '{Name}' value {Show(value)} is invalid: {en}")
            : null;
    }

    private (string, string)? Number(JsonNode? value, bool whole)
    {
        if (!JsonNumbers.TryGet(value, out var number) || !double.IsFinite(number))
        {
            return ("需要数字", "must be a number");
        }

        if (whole && number != Math.Floor(number))
        {
            return ("需要整数", "must be a whole number");
        }

        var min = JsonNumbers.TryGet(Min, out var a) ? a : (double?)null;
        var max = JsonNumbers.TryGet(Max, out var z) ? z : (double?)null;
        return number < min || number > max ? ($"允许范围 {AllowedText}", $"the allowed range is {AllowedText}") : null;
    }

    private (string, string)? DateValue(JsonNode? value)
    {
        if (ParseDate(value) is not { } date)
        {
            return ("需要 yyyy-MM-dd 格式的日期", "must be a yyyy-MM-dd date");
        }

        return date < ParseDate(Min) || date > ParseDate(Max) ? ($"允许范围 {AllowedText}", $"the allowed range is {AllowedText}") : null;
    }

    private (string, string)? TextValue(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return ("需要文字", "must be text");
        }

        var allowed = Type == PackParameterType.Role && Values.Count == 0 ? Roles : Values;
        if (allowed.Count > 0 && !allowed.Contains(text, StringComparer.Ordinal))
        {
            return ($"可选值：{string.Join("、", allowed)}", $"allowed values: {string.Join(", ", allowed)}");
        }

        return text.Length > MaxLength ? ($"最多 {MaxLength} 个字", $"at most {MaxLength} characters") : null;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static DateOnly? ParseDate(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s)
        && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A value as JSON with Chinese kept readable (<c>"社区工作人员"</c>, not <c>\u793E…</c>).</summary>
    internal static string Json(JsonNode? value) => value?.ToJsonString(Readable) ?? "null";

    private static string Show(JsonNode? value)
    {
        var text = Json(value);
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
