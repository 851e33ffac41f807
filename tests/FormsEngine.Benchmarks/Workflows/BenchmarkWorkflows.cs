using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Benchmarks.Workflows;

/// <summary>Workflows used by the benchmarks: a straight chain of setValues steps, and a setValues step that loops to itself.</summary>
internal static class BenchmarkWorkflows
{
    public const int ChainLength = 20;

    /// <summary>trigger → 20 × setValues → end: 22 steps, plus the start commit.</summary>
    public static WorkflowDefinition Chain()
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "submitted", ["type"] = "formSubmitted" } };
        var connections = new JsonArray();
        var previous = "submitted";
        for (var i = 0; i < ChainLength; i++)
        {
            var id = "set" + i;
            activities.Add(SetValues(id));
            connections.Add(new JsonObject { ["from"] = previous, ["outcome"] = "done", ["to"] = id });
            previous = id;
        }

        activities.Add(new JsonObject { ["id"] = "end", ["type"] = "end", ["status"] = "done" });
        connections.Add(new JsonObject { ["from"] = previous, ["outcome"] = "done", ["to"] = "end" });
        return Load("bench-chain", activities, connections);
    }

    /// <summary>trigger → loop, where loop's outcome leads back to itself: every step is one setValues.</summary>
    public static WorkflowDefinition Loop() => Load("bench-loop",
        [new JsonObject { ["id"] = "submitted", ["type"] = "formSubmitted" }, SetValues("loop")],
        [
            new JsonObject { ["from"] = "submitted", ["outcome"] = "done", ["to"] = "loop" },
            new JsonObject { ["from"] = "loop", ["outcome"] = "done", ["to"] = "loop" },
        ]);

    public static JsonObject Input() => new() { ["姓名"] = "李奶奶", ["年龄"] = 85, ["计数"] = 0 };

    private static JsonObject SetValues(string id) => new()
    {
        ["id"] = id,
        ["type"] = "setValues",
        ["values"] = new JsonObject { ["input.计数"] = "input.计数 + 1", ["status"] = "input.年龄 >= 80 ? \"合格\" : \"不合格\"" },
    };

    private static WorkflowDefinition Load(string id, JsonArray activities, JsonArray connections)
    {
        var json = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = id,
            ["version"] = 1,
            ["input"] = new JsonObject { ["姓名"] = "text", ["年龄"] = "number", ["计数"] = "number" },
            ["activities"] = activities,
            ["connections"] = connections,
        };
        var result = WorkflowDefinition.Load(json.ToJsonString());
        return result.Definition ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
    }
}
