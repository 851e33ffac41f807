using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Identity;

namespace FormsEngine.Benchmarks.Forms;

/// <summary>
/// The baseline: the checks a developer would type by hand for exactly the benchmark form — no loader, no field
/// objects, no paths until an error. Produces the same normalized answers and error count as the engine.
/// </summary>
internal sealed class HandWrittenValidator
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    private readonly string[] _keys;
    private readonly int[] _kinds;
    private readonly HashSet<string> _options = new(BenchmarkForm.Options, StringComparer.Ordinal);
    private readonly DateOnly _today;

    public HandWrittenValidator(DateOnly today)
    {
        _today = today;
        _keys = new string[BenchmarkForm.FieldCount];
        _kinds = new int[BenchmarkForm.FieldCount];
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = BenchmarkForm.Key(i);
            _kinds[i] = i % BenchmarkForm.Kinds.Length;
        }
    }

    public (JsonObject Normalized, List<string>? Errors) Validate(JsonObject answers)
    {
        var output = new JsonObject();
        List<string>? errors = null;
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            if (!answers.TryGetPropertyValue(key, out var node) || node is null || node.GetValueKind() != JsonValueKind.String)
            {
                (errors ??= []).Add("$." + key);
                continue;
            }

            var text = node.GetValue<string>().AsSpan().Trim();
            JsonNode? value = _kinds[i] switch
            {
                0 => text.Length is > 0 and <= 50 ? JsonValue.Create(text.ToString()) : null,
                1 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 150 ? JsonValue.Create(n) : null,
                2 => Mobile(text),
                3 => ChineseIdNumber.Validate(text) == IdNumberProblem.None && ChineseIdNumber.BirthDate(text) <= _today ? JsonValue.Create(ChineseIdNumber.Normalize(text.ToString())) : null,
                4 => _options.Contains(text.ToString()) ? JsonValue.Create(text.ToString()) : null,
                5 => DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                6 => text is "是" or "true" ? JsonValue.Create(true) : text is "否" or "false" ? JsonValue.Create(false) : null,
                _ => text.IndexOf('@') > 0 && text[(text.IndexOf('@') + 1)..].Contains('.') ? JsonValue.Create(text.ToString()) : null,
            };

            if (value is null)
            {
                (errors ??= []).Add("$." + key);
            }
            else
            {
                output[key] = value;
            }
        }

        return (output, errors);
    }

    private static JsonValue? Mobile(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[11];
        var n = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == 11 || !char.IsAsciiDigit(c))
            {
                return null;
            }

            digits[n++] = c;
        }

        return n == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9' ? JsonValue.Create(digits.ToString()) : null;
    }
}
