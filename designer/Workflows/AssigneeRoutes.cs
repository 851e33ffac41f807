using System.Text.Json.Nodes;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// A task's assignee routes as the editor shows them (kind, role or person, building expression, condition), read from
/// and written back to the step's <c>assignee</c> (one object, or a list whose first route whose <c>when</c> holds
/// wins). Properties the editor does not show are kept.
/// </summary>
public static class AssigneeRoutes
{
    public const string Role = "role";
    public const string Person = "person";
    public const string GridWorker = "gridWorker";

    /// <summary>The staff roles tasks are offered to (the host's role names).</summary>
    public static readonly IReadOnlyList<string> Roles = ["社区管理员", "社区工作人员", "网格员", "街道管理员"];

    /// <summary>One route; <see cref="Source"/> is its original JSON, kept for properties the editor does not show.</summary>
    public sealed record Route(string Kind, string? Value, string? Expression, string? Building, string? When, JsonObject? Source)
    {
        /// <summary>The route with another kind and sensible defaults for it.</summary>
        public Route WithKind(string kind) => kind switch
        {
            _ when kind == Kind => this,
            GridWorker => new Route(kind, null, null, Building ?? "input.楼栋", When, Source),
            Role => new Route(kind, Roles[1], null, null, When, Source),
            _ => new Route(kind, null, "input.手机号", null, When, Source),
        };
    }

    /// <summary>The routes of a task step, in order.</summary>
    public static List<Route> Read(JsonObject step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var items = step["assignee"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };
        return items.Select(o => new Route(
            StepJson.Text(o, "kind") ?? Role,
            StepJson.Text(o, "value"),
            StepJson.Text(o, "expression"),
            StepJson.Text(o, "building"),
            StepJson.Text(o, "when"),
            o)).ToList();
    }

    /// <summary>Writes the routes back: one object when there is one route (as the samples do), a list otherwise.</summary>
    public static void Write(JsonObject step, IReadOnlyList<Route> routes)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(routes);
        var nodes = routes.Select(ToJson).ToList();
        step["assignee"] = nodes.Count == 1 ? nodes[0] : new JsonArray([.. nodes]);
    }

    private static JsonObject ToJson(Route route)
    {
        var json = route.Source is null ? [] : (JsonObject)route.Source.DeepClone();
        foreach (var name in (string[])["kind", "value", "expression", "building", "when"])
        {
            json.Remove(name);
        }

        var ordered = new JsonObject();
        Put(ordered, "when", route.When);
        ordered["kind"] = route.Kind;
        if (route.Kind == GridWorker)
        {
            Put(ordered, "building", route.Building);
        }
        else if (route.Expression is not null)
        {
            Put(ordered, "expression", route.Expression);
        }
        else
        {
            Put(ordered, "value", route.Value);
        }

        foreach (var (key, value) in json.ToList())
        {
            json.Remove(key);
            ordered[key] = value;
        }

        return ordered;
    }

    private static void Put(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }
}
