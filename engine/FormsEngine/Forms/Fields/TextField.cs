using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>text</c> (one line) or <c>textarea</c>: trimmed text with <c>minLength</c>/<c>maxLength</c> (in characters; defaults
/// 200 and 2000) and an optional <c>pattern</c> (.NET regex that must match the whole text) with <c>patternMessage</c>.
/// </summary>
internal sealed class TextField : FormField
{
    private const int DefaultMaxText = 200;
    private const int DefaultMaxTextArea = 2000;

    private TextField(FieldCommon common, int? minLength, int? maxLength, string? pattern, Regex? regex, LocalizedText? patternMessage)
        : base(common)
    {
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        PatternRegex = regex;
        PatternMessage = patternMessage;
    }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Pattern { get; }

    public Regex? PatternRegex { get; }

    public LocalizedText? PatternMessage { get; }

    private int EffectiveMaxLength => MaxLength ?? (Type == FieldTypes.TextArea ? DefaultMaxTextArea : DefaultMaxText);

    public static TextField Read(FieldCommon common, ObjectReader r)
    {
        var min = r.Int("minLength", 0);
        var max = r.Int("maxLength", 1);
        RangeChecks.MinNotAboveMax(r, "minLength", min, max);
        var pattern = r.String("pattern");
        var regex = pattern is null ? null : PatternCompiler.Compile(pattern, r.PathOf("pattern"), r.Context);
        return new TextField(common, min, max, pattern, regex, r.Text("patternMessage"));
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            context.Fail(SubmissionCodes.WrongType, "应填写文字", "Text is expected");
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        var length = AnswerValues.CountCharacters(text);
        var max = EffectiveMaxLength;
        if (length > max)
        {
            context.Fail(SubmissionCodes.TooLong, $"最多填写 {max} 个字", $"At most {max} characters are allowed");
            return null;
        }

        if (MinLength is { } min && length < min)
        {
            context.Fail(SubmissionCodes.TooShort, $"至少填写 {min} 个字", $"At least {min} characters are required");
            return null;
        }

        if (PatternRegex is not null && !PatternMatcher.IsMatch(PatternRegex, text))
        {
            context.Fail(
                SubmissionCodes.PatternMismatch,
                PatternMessage?.Zh ?? "填写的格式不正确",
                PatternMessage?.En ?? "The format is not valid");
            return null;
        }

        return JsonValue.Create(text.Length == raw.Length ? raw : text.ToString());
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        AddNumber(target, "minLength", MinLength);
        AddNumber(target, "maxLength", MaxLength);
        AddString(target, "pattern", Pattern);
        AddText(target, "patternMessage", PatternMessage);
    }
}
