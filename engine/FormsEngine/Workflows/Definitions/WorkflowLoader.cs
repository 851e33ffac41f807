using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Workflows.Activities;

namespace FormsEngine.Workflows.Definitions;

/// <summary>Reads a workflow definition document and checks it, collecting every diagnostic.</summary>
internal static class WorkflowLoader
{
    public const int SchemaVersion = 1;

    public static WorkflowLoadResult Load(string json, Expressions.ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new List<Diagnostic>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Diagnostic.Error("workflow.json", "$", $"JSON 格式错误：{ex.Message}", $"malformed JSON: {ex.Message}") with
            {
                Line = (int)(ex.LineNumber ?? 0) + 1,
                Column = (int)(ex.BytePositionInLine ?? 0) + 1,
            });
            return new WorkflowLoadResult(null, diagnostics);
        }

        if (root is not JsonObject document)
        {
            diagnostics.Add(Diagnostic.Error("workflow.notObject", "$", "流程定义必须是 JSON 对象", "a workflow definition must be a JSON object"));
            return new WorkflowLoadResult(null, diagnostics);
        }

        var header = ReadHeader(document, diagnostics);
        var schema = InputSchemaParser.Parse(document, diagnostics);
        var activities = ReadActivities(document, schema, options ?? Expressions.ExpressionOptions.Default, diagnostics);
        var connections = ReadConnections(document, diagnostics);
        WorkflowGraphValidator.Validate(activities, connections, diagnostics);
        var definition = diagnostics.Exists(d => d.IsError)
            ? null
            : new WorkflowDefinition(header.Id!, header.Version, header.Name, document, schema, activities, connections);
        return new WorkflowLoadResult(definition, diagnostics);
    }

    private static (string? Id, int Version, string? Name) ReadHeader(JsonObject document, List<Diagnostic> diagnostics)
    {
        if (!(document["schemaVersion"] is JsonValue sv && sv.TryGetValue<int>(out var schemaVersion) && schemaVersion == SchemaVersion))
        {
            diagnostics.Add(Diagnostic.Error("workflow.schemaVersion", "$.schemaVersion",
                $"schemaVersion 必须是 {SchemaVersion}", $"schemaVersion must be {SchemaVersion}"));
        }

        var id = document["id"] is JsonValue iv && iv.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        if (id is null)
        {
            diagnostics.Add(Diagnostic.Error("workflow.id", "$.id", "流程需要 id（非空文本）", "the workflow needs an id (non-empty text)"));
        }

        if (!(document["version"] is JsonValue vv && vv.TryGetValue<int>(out var version) && version >= 1))
        {
            diagnostics.Add(Diagnostic.Error("workflow.version", "$.version", "version 必须是正整数", "version must be a positive integer"));
            version = 0;
        }

        var name = document["name"] is JsonValue nv && nv.TryGetValue<string>(out var n) ? n : null;
        return (id, version, name);
    }

    private static List<WorkflowActivity> ReadActivities(JsonObject document, Expressions.ExpressionSchema schema, Expressions.ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        var activities = new List<WorkflowActivity>();
        if (document["activities"] is not JsonArray array || array.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("workflow.activities", "$.activities", "activities 必须是非空数组", "activities must be a non-empty array"));
            return activities;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.activities[{i}]";
            if (array[i] is not JsonObject json)
            {
                diagnostics.Add(Diagnostic.Error("workflow.activity.notObject", path, "活动必须是对象", "an activity must be an object"));
                continue;
            }

            var id = json["id"] is JsonValue iv && iv.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
            var type = json["type"] is JsonValue tv && tv.TryGetValue<string>(out var t) && t.Length > 0 ? t : null;
            if (id is null || type is null)
            {
                diagnostics.Add(Diagnostic.Error("workflow.activity.idType", path, "活动需要 id 和 type", "an activity needs an id and a type"));
                continue;
            }

            if (!seen.Add(id))
            {
                diagnostics.Add(Diagnostic.Error("workflow.activity.duplicate", path + ".id", $"活动 id“{id}”重复", $"activity id '{id}' is used twice"));
                continue;
            }

            if (ActivityRegistry.TryGet(type, out var parse))
            {
                activities.Add(parse(new ActivityParseContext(id, json, path, schema, options, diagnostics)));
                continue;
            }

            diagnostics.Add(Diagnostic.Warning("workflow.activity.unknownType", path + ".type",
                $"活动类型“{type}”未知：已原样保留，但流程在修正前不能发布", $"activity type '{type}' is unknown: it is kept as is, but the workflow cannot be published until it is fixed"));
            activities.Add(new PlaceholderActivity(id, type, json));
        }

        return activities;
    }

    private static List<WorkflowConnection> ReadConnections(JsonObject document, List<Diagnostic> diagnostics)
    {
        var connections = new List<WorkflowConnection>();
        if (document["connections"] is not JsonArray array)
        {
            diagnostics.Add(Diagnostic.Error("workflow.connections", "$.connections", "connections 必须是数组", "connections must be an array"));
            return connections;
        }

        for (var i = 0; i < array.Count; i++)
        {
            string? Text(string name) => array[i] is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
            var (from, outcome, to) = (Text("from"), Text("outcome"), Text("to"));
            if (from is null || outcome is null || to is null)
            {
                diagnostics.Add(Diagnostic.Error("workflow.connection.incomplete", $"$.connections[{i}]",
                    "连线需要 from、outcome 和 to", "a connection needs from, outcome and to"));
                continue;
            }

            connections.Add(new WorkflowConnection(from, outcome, to));
        }

        return connections;
    }
}
