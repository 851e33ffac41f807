using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Expressions;
using HandlebarsDotNet;

namespace FormsEngine.Rules.Runtime;

/// <summary>
/// A compiled <c>ErrorMessage</c> / <c>SuccessMessage</c> template, rendered as plain text (no HTML escaping) against
/// the rule's inputs and params; missing values render as empty text. RulesEngine's <c>$(input1.age)</c> placeholders
/// mean <c>{{input1.age}}</c>. Templates made only of text and <c>{{path}}</c> placeholders — nearly all of them — are
/// split into segments here and read only the values they name; anything else (blocks, helpers) is compiled by
/// Handlebars.Net, whose compilation costs milliseconds per template.
/// </summary>
internal sealed partial class RuleTemplate
{
    private static readonly IHandlebars Engine = Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        FormatProvider = CultureInfo.InvariantCulture,
        ThrowOnUnresolvedBindingExpression = false,
    });

    private readonly HandlebarsTemplate<object, object>? _handlebars;
    private readonly (string Text, string? Path)[] _segments;

    private RuleTemplate(string source, (string, string?)[] segments, HandlebarsTemplate<object, object>? handlebars)
    {
        Source = source;
        _segments = segments;
        _handlebars = handlebars;
    }

    public string Source { get; }

    /// <summary>The dotted paths of the simple placeholders, for checking them against the rule's scope.</summary>
    public IEnumerable<string> Paths => _segments.Select(s => s.Path).OfType<string>();

    /// <summary>Compiles the template; returns the reason when it is not valid Handlebars.</summary>
    public static RuleTemplate? Compile(string source, out string? error)
    {
        error = null;
        var handlebars = RulesEnginePlaceholder().Replace(source, "{{$1}}");
        var segments = new List<(string, string?)>();
        var last = 0;
        foreach (Match match in SimplePlaceholder().Matches(handlebars))
        {
            segments.Add((handlebars[last..match.Index], null));
            segments.Add(("", match.Groups[1].Value));
            last = match.Index + match.Length;
        }

        segments.Add((handlebars[last..], null));
        if (!segments.Any(s => s.Item1.Contains("{{", StringComparison.Ordinal) || s.Item1.Contains("}}", StringComparison.Ordinal)))
        {
            return new RuleTemplate(source, [.. segments], null);
        }

        try
        {
            return new RuleTemplate(source, [], Engine.Compile(handlebars));
        }
        catch (HandlebarsException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Renders with the values of <paramref name="record"/>; falls back to the source text if Handlebars fails.</summary>
    public string Render(ExpressionRecord record)
    {
        if (_handlebars is null)
        {
            var text = new StringBuilder();
            foreach (var (literal, path) in _segments)
            {
                text.Append(path is null ? literal : Display(RecordValues.Path(record, path)));
            }

            return text.ToString();
        }

        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in RecordValues.All(record))
        {
            context[name] = Plain(value);
        }

        try
        {
            return _handlebars(context, null!);
        }
        catch (HandlebarsException)
        {
            return Source;
        }
    }

    /// <summary>Scalars as written in JSON (text without quotes); lists joined with “、”; records and nulls as empty text.</summary>
    private static string Display(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        JsonArray array => string.Join("、", array.Select(Display).Where(s => s.Length > 0)),
        _ => "",
    };

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(Plain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue value => value.ToString(),
        _ => null,
    };

    [GeneratedRegex(@"\$\(([^()\s]+)\)")]
    private static partial Regex RulesEnginePlaceholder();

    [GeneratedRegex(@"(?<!\{)\{\{\s*([^\s{}#/^!>&""'=()@\[\]]+)\s*\}\}(?!\})")]
    private static partial Regex SimplePlaceholder();
}
