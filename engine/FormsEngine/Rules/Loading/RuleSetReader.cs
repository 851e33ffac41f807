using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.Loading;

/// <summary>
/// Reads a RulesEngine rule file — one workflow object or an array of workflows — into models, reporting every
/// structural problem with its JSON path. Property names match case-insensitively, as in RulesEngine.
/// </summary>
internal static partial class RuleSetReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    public static JsonNode? Parse(string json, List<Diagnostic> diagnostics)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var column = CharacterColumn(json, line, (int)(ex.BytePositionInLine ?? 0));
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            diagnostics.Add(RuleDiagnostics.BadJson(reason, line + 1, column + 1));
            return null;
        }
    }

    public static List<WorkflowModel> Read(JsonNode root, List<Diagnostic> diagnostics)
    {
        var workflows = new List<WorkflowModel>();
        switch (root)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (ReadWorkflow(array[i], JsonProps.Index("$", i), diagnostics) is { } workflow)
                    {
                        workflows.Add(workflow);
                    }
                }

                break;
            case JsonObject:
                if (ReadWorkflow(root, "$", diagnostics) is { } single)
                {
                    workflows.Add(single);
                }

                break;
            default:
                diagnostics.Add(RuleDiagnostics.NotWorkflows("$"));
                break;
        }

        return workflows;
    }

    private static WorkflowModel? ReadWorkflow(JsonNode? node, string path, List<Diagnostic> diagnostics)
    {
        if (node is not JsonObject obj)
        {
            diagnostics.Add(RuleDiagnostics.NotObject(path));
            return null;
        }

        if (JsonProps.TryGet(obj, "schemaVersion", out var versionName, out var version)
            && !(version is JsonValue v && v.TryGetValue<int>(out var number) && number == 1))
        {
            diagnostics.Add(RuleDiagnostics.SchemaVersion(JsonProps.Child(path, versionName)));
        }

        var name = RequiredText(obj, path, "WorkflowName", diagnostics);
        var inject = new List<(string, string)>();
        foreach (var (item, itemPath) in Items(obj, path, "WorkflowsToInject", diagnostics))
        {
            if (Text(item, itemPath, diagnostics) is { } injected)
            {
                inject.Add((injected, itemPath));
            }
        }

        var globals = ReadParams(obj, path, "GlobalParams", diagnostics);
        var rules = ReadRules(obj, path, diagnostics, required: true);
        return name is null ? null : new WorkflowModel(path, name, inject, globals, rules);
    }

    private static List<RuleModel> ReadRules(JsonObject obj, string path, List<Diagnostic> diagnostics, bool required)
    {
        if (required && !JsonProps.TryGet(obj, "Rules", out _, out _))
        {
            diagnostics.Add(RuleDiagnostics.Missing(path, "Rules"));
        }

        var rules = new List<RuleModel>();
        foreach (var (item, itemPath) in Items(obj, path, "Rules", diagnostics))
        {
            if (ReadRule(item, itemPath, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RuleModel? ReadRule(JsonNode? node, string path, List<Diagnostic> diagnostics)
    {
        if (node is not JsonObject obj)
        {
            diagnostics.Add(RuleDiagnostics.NotObject(path));
            return null;
        }

        var name = RequiredText(obj, path, "RuleName", diagnostics);
        var expression = OptionalText(obj, path, "Expression", diagnostics, out var expressionPath);
        var kind = RuleExpressionKind.Lambda;
        if (OptionalText(obj, path, "RuleExpressionType", diagnostics, out var kindPath) is { } kindText)
        {
            if (kindText.Equals("JavaScript", StringComparison.OrdinalIgnoreCase))
            {
                kind = RuleExpressionKind.JavaScript;
            }
            else if (!kindText.Equals("LambdaExpression", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(RuleDiagnostics.UnknownExpressionType(kindPath, kindText));
            }
        }

        var op = RuleOperator.None;
        var operatorText = OptionalText(obj, path, "Operator", diagnostics, out var operatorPath);
        if (operatorText is not null)
        {
            op = operatorText.ToUpperInvariant() switch
            {
                "AND" or "ANDALSO" => RuleOperator.And,
                "OR" or "ORELSE" => RuleOperator.Or,
                _ => RuleOperator.None,
            };
            if (op == RuleOperator.None)
            {
                diagnostics.Add(RuleDiagnostics.UnknownOperator(operatorPath, operatorText));
            }
        }

        var children = ReadRules(obj, path, diagnostics, required: false);
        var hasRules = JsonProps.TryGet(obj, "Rules", out _, out var rulesNode) && rulesNode is JsonArray { Count: > 0 };
        if (operatorText is not null && op != RuleOperator.None && !hasRules)
        {
            diagnostics.Add(RuleDiagnostics.OperatorWithoutRules(path));
        }
        else if (hasRules && operatorText is null)
        {
            diagnostics.Add(RuleDiagnostics.RulesWithoutOperator(path));
        }
        else if (!hasRules && operatorText is null && string.IsNullOrWhiteSpace(expression))
        {
            diagnostics.Add(RuleDiagnostics.NoCondition(path));
        }

        var enabled = true;
        if (JsonProps.TryGet(obj, "Enabled", out var enabledName, out var enabledNode) && enabledNode is not null)
        {
            if (enabledNode is JsonValue ev && ev.TryGetValue<bool>(out var flag))
            {
                enabled = flag;
            }
            else
            {
                diagnostics.Add(RuleDiagnostics.NotBoolean(JsonProps.Child(path, enabledName)));
            }
        }

        JsonObject? properties = null;
        if (JsonProps.TryGet(obj, "Properties", out var propertiesName, out var propertiesNode) && propertiesNode is not null)
        {
            properties = propertiesNode as JsonObject;
            if (properties is null)
            {
                diagnostics.Add(RuleDiagnostics.NotObject(JsonProps.Child(path, propertiesName)));
            }
        }

        var (onSuccess, onFailure) = ReadActions(obj, path, diagnostics);
        return name is null ? null : new RuleModel(path, name)
        {
            Expression = expression,
            ExpressionPath = expressionPath,
            Kind = kind,
            Operator = op,
            LocalParams = ReadParams(obj, path, "LocalParams", diagnostics),
            SuccessEvent = OptionalText(obj, path, "SuccessEvent", diagnostics, out _),
            SuccessMessage = Template(obj, path, "SuccessMessage", diagnostics),
            ErrorMessage = Template(obj, path, "ErrorMessage", diagnostics),
            Enabled = enabled,
            Properties = (JsonObject?)properties?.DeepClone(),
            OnSuccess = onSuccess,
            OnFailure = onFailure,
            Rules = children,
        };
    }

    private static TemplateModel? Template(JsonObject obj, string path, string property, List<Diagnostic> diagnostics) =>
        OptionalText(obj, path, property, diagnostics, out var templatePath) is { } text ? new TemplateModel(templatePath, text) : null;

    private static IEnumerable<(JsonNode? Item, string Path)> Items(JsonObject obj, string path, string property, List<Diagnostic> diagnostics)
    {
        if (!JsonProps.TryGet(obj, property, out var actualName, out var node) || node is null)
        {
            yield break;
        }

        var arrayPath = JsonProps.Child(path, actualName);
        if (node is not JsonArray array)
        {
            diagnostics.Add(RuleDiagnostics.NotArray(arrayPath));
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            yield return (array[i], JsonProps.Index(arrayPath, i));
        }
    }

    private static string? RequiredText(JsonObject obj, string path, string property, List<Diagnostic> diagnostics)
    {
        var text = OptionalText(obj, path, property, diagnostics, out _);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(RuleDiagnostics.Missing(path, property));
            return null;
        }

        return text;
    }

    private static string? OptionalText(JsonObject obj, string path, string property, List<Diagnostic> diagnostics, out string propertyPath)
    {
        var found = JsonProps.TryGet(obj, property, out var actualName, out var node);
        propertyPath = JsonProps.Child(path, actualName);
        return found && node is not null ? Text(node, propertyPath, diagnostics) : null;
    }

    private static string? Text(JsonNode? node, string path, List<Diagnostic> diagnostics)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        diagnostics.Add(RuleDiagnostics.NotText(path));
        return null;
    }

    private static int CharacterColumn(string json, int line, int bytePosition)
    {
        var lines = json.Split('\n');
        if (line >= lines.Length)
        {
            return bytePosition;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        return Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length));
    }
}
