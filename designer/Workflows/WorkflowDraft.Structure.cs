using System.Text.Json.Nodes;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>Adding, removing, moving and replacing steps, and connecting their outcomes.</summary>
public sealed partial class WorkflowDraft
{
    /// <summary>
    /// Adds a step of <paramref name="type"/> after <paramref name="afterId"/> (at the end when null) and, when that
    /// step has a free <c>done</c>-like outcome, nothing else: connections are made explicitly. Returns the new id.
    /// </summary>
    public string AddStep(string type, string? afterId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        var id = NewId(type);
        var index = afterId is null ? -1 : IndexOf(afterId);
        Edit($"添加步骤“{id}”", doc =>
        {
            var activities = (JsonArray)doc["activities"]!;
            var step = StepTypes.NewStep(type, id);
            if (index < 0 || index >= activities.Count - 1)
            {
                activities.Add(step);
            }
            else
            {
                activities.Insert(index + 1, step);
            }
        });
        return id;
    }

    /// <summary>Removes a step and every connection to or from it.</summary>
    public void RemoveStep(string id)
    {
        var index = IndexOf(id);
        if (index < 0)
        {
            return;
        }

        Edit($"删除步骤“{id}”", doc =>
        {
            ((JsonArray)doc["activities"]!).RemoveAt(index);
            RemoveConnections(doc, c => c.From == id || c.To == id);
        });
    }

    /// <summary>Moves a step up (<paramref name="delta"/> &lt; 0) or down in the list; order does not change what runs.</summary>
    public void MoveStep(string id, int delta)
    {
        var index = IndexOf(id);
        var target = index + delta;
        if (index < 0 || target < 0 || target >= Activities.Count || delta == 0)
        {
            return;
        }

        Edit($"移动步骤“{id}”", doc =>
        {
            var activities = (JsonArray)doc["activities"]!;
            var node = activities[index];
            activities.RemoveAt(index);
            activities.Insert(target, node);
        });
    }

    /// <summary>
    /// Replaces a step's JSON with what its editor produced (typing in one step's properties merges into one undo
    /// step). When the id changed, connections follow it. Unknown steps are read-only: replacing one does nothing.
    /// Returns false when <paramref name="json"/> is not an object.
    /// </summary>
    public bool ReplaceStep(string id, string json)
    {
        var index = IndexOf(id);
        var replacement = StepJson.Parse(json);
        if (index < 0 || replacement.Count == 0 || Activities[index] is not JsonObject current || !StepTypes.IsKnown(Text(current["type"]) ?? ""))
        {
            return false;
        }

        var newId = Text(replacement["id"]) ?? id;
        Edit($"修改步骤“{id}”", doc =>
        {
            ((JsonArray)doc["activities"]!)[index] = replacement;
            if (newId != id)
            {
                foreach (var connection in ((JsonArray)doc["connections"]!).OfType<JsonObject>())
                {
                    RenameEnd(connection, "from", id, newId);
                    RenameEnd(connection, "to", id, newId);
                }
            }
        }, mergeKey: ("step", newId));
        return true;
    }

    /// <summary>
    /// Leads <paramref name="outcome"/> of <paramref name="from"/> to <paramref name="to"/> (replacing where it led
    /// before), or ends that branch when <paramref name="to"/> is null or empty. For a fork, use <see cref="AddBranch"/>.
    /// </summary>
    public void Connect(string from, string outcome, string? to) => Edit($"连接“{from}”的结果“{outcome}”", doc =>
    {
        var connections = (JsonArray)doc["connections"]!;
        var at = IndexOfConnection(connections, c => c.From == from && c.Outcome == outcome);
        RemoveConnections(doc, c => c.From == from && c.Outcome == outcome);
        if (!string.IsNullOrEmpty(to))
        {
            var connection = new JsonObject { ["from"] = from, ["outcome"] = outcome, ["to"] = to };
            connections.Insert(at < 0 ? connections.Count : Math.Min(at, connections.Count), connection);
        }
    });

    /// <summary>Adds a parallel branch from a fork (or any step) to <paramref name="to"/>.</summary>
    public void AddBranch(string from, string outcome, string to) => Edit($"添加分支“{from}”→“{to}”", doc =>
        ((JsonArray)doc["connections"]!).Add(new JsonObject { ["from"] = from, ["outcome"] = outcome, ["to"] = to }));

    /// <summary>Removes one connection.</summary>
    public void Disconnect(ConnectionDraft connection) => Edit($"删除连线“{connection.From}”→“{connection.To}”", doc =>
        RemoveConnections(doc, c => c == connection));

    private int IndexOf(string id)
    {
        var activities = Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i] is JsonObject o && Text(o["id"]) == id)
            {
                return i;
            }
        }

        return -1;
    }

    private string NewId(string type)
    {
        var ids = Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (ids.Contains($"{type}{n}"))
        {
            n++;
        }

        return $"{type}{n}";
    }

    private static void RenameEnd(JsonObject connection, string end, string from, string to)
    {
        if (Text(connection[end]) == from)
        {
            connection[end] = to;
        }
    }

    private static int IndexOfConnection(JsonArray connections, Func<ConnectionDraft, bool> match)
    {
        for (var i = 0; i < connections.Count; i++)
        {
            if (connections[i] is JsonObject o && match(ToConnection(o)))
            {
                return i;
            }
        }

        return -1;
    }

    private static void RemoveConnections(JsonObject doc, Func<ConnectionDraft, bool> match)
    {
        if (doc["connections"] is not JsonArray connections)
        {
            return;
        }

        for (var i = connections.Count - 1; i >= 0; i--)
        {
            if (connections[i] is JsonObject o && match(ToConnection(o)))
            {
                connections.RemoveAt(i);
            }
        }
    }

    private static ConnectionDraft ToConnection(JsonObject o) => new(Text(o["from"]) ?? "", Text(o["outcome"]) ?? "", Text(o["to"]) ?? "");
}
