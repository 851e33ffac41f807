using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlebarsDotNet;

namespace FormsEngine.Workflows.Definitions;

/// <summary>A compiled Handlebars template (task titles, descriptions, notifications). Text only: nothing is HTML-escaped.</summary>
internal sealed class WorkflowTemplate
{
    private static readonly IHandlebars Engine = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private readonly HandlebarsTemplate<object, object> _render;

    private WorkflowTemplate(string source, HandlebarsTemplate<object, object> render)
    {
        Source = source;
        _render = render;
    }

    public string Source { get; }

    /// <summary>Compiles <paramref name="source"/>; on a syntax error returns null and the parser's message.</summary>
    public static WorkflowTemplate? TryCompile(string source, out string? error)
    {
        try
        {
            var render = Engine.Compile(source);
            error = null;
            return new WorkflowTemplate(source, render);
        }
        catch (HandlebarsException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    public string Render(JsonObject model) => _render(ToPlain(model) ?? new Dictionary<string, object?>());

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };
}
