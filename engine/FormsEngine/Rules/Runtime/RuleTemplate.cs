using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Expressions;
using HandlebarsDotNet;

namespace FormsEngine.Rules.Runtime;

/// <summary>
/// A compiled <c>ErrorMessage</c> / <c>SuccessMessage</c> template: Handlebars (<c>{{input1.年龄}}</c>) rendered as
/// plain text against the rule's inputs and params; RulesEngine's <c>$(input1.age)</c> placeholders work too.
/// Missing values render as empty text.
/// </summary>
internal sealed partial class RuleTemplate
{
    private static readonly IHandlebars Engine = Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        FormatProvider = CultureInfo.InvariantCulture,
        ThrowOnUnresolvedBindingExpression = false,
    });

    private readonly HandlebarsTemplate<object, object> _render;

    private RuleTemplate(string source, HandlebarsTemplate<object, object> render)
    {
        Source = source;
        _render = render;
    }

    public string Source { get; }

    /// <summary>Compiles the template; returns the reason when it is not valid Handlebars.</summary>
    public static RuleTemplate? Compile(string source, out string? error)
    {
        error = null;
        try
        {
            var handlebars = RulesEnginePlaceholder().Replace(source, "{{$1}}");
            return new RuleTemplate(source, Engine.Compile(handlebars));
        }
        catch (HandlebarsException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Renders with the values of <paramref name="record"/>; falls back to the source text if rendering fails.</summary>
    public string Render(ExpressionRecord record)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in RecordValues.All(record))
        {
            context[name] = Plain(value);
        }

        try
        {
            return _render(context, null!);
        }
        catch (HandlebarsException)
        {
            return Source;
        }
    }

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
}
