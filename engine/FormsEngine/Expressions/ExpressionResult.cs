using System.Text.Json.Nodes;

namespace FormsEngine.Expressions;

/// <summary>
/// The outcome of one evaluation: a JSON-compatible value (null for a missing answer; numbers without trailing zeros;
/// dates as <c>yyyy-MM-dd</c>, datetimes as <c>yyyy-MM-ddTHH:mm:ss</c>, times as <c>HH:mm:ss</c>), or a runtime error
/// such as <c>expr.divideByZero</c> with a Chinese and an English message.
/// </summary>
public sealed class ExpressionResult
{
    private ExpressionResult(JsonNode? value, string? errorCode, string? messageZh, string? messageEn)
    {
        Value = value;
        ErrorCode = errorCode;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>True when evaluation produced a value (which may be null).</summary>
    public bool IsSuccess => ErrorCode is null;

    /// <summary>The value; null when the result is null or evaluation failed.</summary>
    public JsonNode? Value { get; }

    /// <summary>The runtime error code, e.g. <c>expr.divideByZero</c>; null on success.</summary>
    public string? ErrorCode { get; }

    /// <summary>The error message in Chinese, e.g. 除数不能为零.</summary>
    public string? MessageZh { get; }

    /// <summary>The error message in English.</summary>
    public string? MessageEn { get; }

    /// <summary>A successful result.</summary>
    public static ExpressionResult Success(JsonNode? value) => new(value, null, null, null);

    /// <summary>A failed result.</summary>
    public static ExpressionResult Failure(string code, string messageZh, string messageEn) => new(null, code, messageZh, messageEn);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? Value?.ToJsonString() ?? "null" : $"{ErrorCode}: {MessageZh} / {MessageEn}";
}
