using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// Renders a step's Handlebars text with the engine's own template renderer over sample data made from the workflow's
/// declared input (<c>{{input.姓名}}</c> → 示例姓名), so staff see what a resident or worker will read.
/// </summary>
public static class TemplatePreview
{
    /// <summary>The rendered text, or a bilingual syntax error (never throws).</summary>
    public static (string? Text, string? ErrorZh, string? ErrorEn) Render(string template, IReadOnlyList<KeyValuePair<string, string>> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(template))
        {
            return ("", null, null);
        }

        var compiled = WorkflowTemplate.TryCompile(template, out var error);
        return compiled is null
            ? (null, $"模板语法错误：{error}", $"template syntax error: {error}")
            : (compiled.Render(SampleModel(input)), null, null);
    }

    /// <summary>The sample data: every input field with a plausible value, a status, an instance and an assignee.</summary>
    public static JsonObject SampleModel(IReadOnlyList<KeyValuePair<string, string>> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var values = new JsonObject();
        foreach (var (name, type) in input)
        {
            values[name] = type switch
            {
                "number" => 85,
                "boolean" => true,
                "date" => "2026-12-01",
                "datetime" => "2026-12-01T09:00:00+08:00",
                "textList" => new JsonArray("示例1", "示例2"),
                _ => "示例" + name,
            };
        }

        return new JsonObject
        {
            ["input"] = values,
            ["status"] = "审核中",
            ["instance"] = new JsonObject { ["id"] = "0195-示例", ["definition"] = "example" },
            ["assignee"] = new JsonObject { ["id"] = "dongqu.grid1", ["name"] = "示例网格员" },
        };
    }
}
