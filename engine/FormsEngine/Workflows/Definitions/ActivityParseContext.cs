using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;

namespace FormsEngine.Workflows.Definitions;

/// <summary>What an activity's parser sees: its JSON, its path, the expression schema, and the diagnostics list.</summary>
internal sealed class ActivityParseContext
{
    public ActivityParseContext(string id, JsonObject json, string path, ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        Id = id;
        Json = json;
        Path = path;
        Schema = schema;
        Options = options;
        Diagnostics = diagnostics;
    }

    public string Id { get; }

    public JsonObject Json { get; }

    public string Path { get; }

    public ExpressionSchema Schema { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>The expression options: the clock behind <c>today()</c> and <c>now()</c>, time zone, limits.</summary>
    public ExpressionOptions Options { get; }

    public string? String(string name, bool required, JsonObject? on = null, string? path = null)
    {
        var node = (on ?? Json)[name];
        if (node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0)
        {
            return text;
        }

        if (node is not null || required)
        {
            Error("workflow.activity.badProperty", $"{path ?? Path}.{name}",
                $"活动“{Id}”的属性 {name} 必须是非空文本", $"activity '{Id}': property {name} must be non-empty text");
        }

        return null;
    }

    public CompiledExpression? Expression(string name, bool required, bool condition, JsonObject? on = null, string? path = null)
    {
        var where = $"{path ?? Path}.{name}";
        var source = String(name, required, on, path);
        return source is null ? null : CompileExpression(source, where, condition);
    }

    public CompiledExpression? CompileExpression(string source, string where, bool condition)
    {
        var compilation = ExpressionCompiler.Compile(source, Schema, Options);
        foreach (var d in compilation.Diagnostics)
        {
            Diagnostics.Add(d with { Path = where });
        }

        var expression = compilation.Expression;
        if (expression is not null && condition && !expression.IsCondition)
        {
            Error("workflow.expression.notCondition", where,
                $"条件必须是真/假值，而这里是{expression.ResultType.DisplayNameZh}",
                $"a condition must be true/false, not {expression.ResultType.DisplayNameEn}");
            return null;
        }

        return expression;
    }

    public WorkflowTemplate? Template(string name, bool required)
    {
        var source = String(name, required);
        if (source is null)
        {
            return null;
        }

        var template = WorkflowTemplate.TryCompile(source, out var error);
        if (template is null)
        {
            Error("workflow.template.invalid", $"{Path}.{name}",
                $"模板有语法错误：{error}", $"the template has a syntax error: {error}");
        }

        return template;
    }

    public TimeSpan? Duration(string name, bool required)
    {
        var source = String(name, required);
        if (source is null)
        {
            return null;
        }

        try
        {
            var duration = XmlConvert.ToTimeSpan(source);
            if (duration > TimeSpan.Zero)
            {
                return duration;
            }
        }
        catch (FormatException)
        {
            // Reported below with the expected format.
        }

        Error("workflow.duration.invalid", $"{Path}.{name}",
            $"时长“{source}”无效，请用 ISO 8601 格式，如 P3D、PT4H", $"duration '{source}' is invalid; use ISO 8601 such as P3D or PT4H");
        return null;
    }

    public DateTimeOffset? Instant(string name)
    {
        var source = String(name, required: false);
        if (source is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(source, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && source.Contains('T', StringComparison.Ordinal))
        {
            return at;
        }

        Error("workflow.instant.invalid", $"{Path}.{name}",
            $"时间“{source}”无效，请写成 2026-12-01T09:00:00+08:00", $"time '{source}' is invalid; write it as 2026-12-01T09:00:00+08:00");
        return null;
    }

    public void Error(string code, string path, string zh, string en) => Diagnostics.Add(Diagnostic.Error(code, path, zh, en));
}
