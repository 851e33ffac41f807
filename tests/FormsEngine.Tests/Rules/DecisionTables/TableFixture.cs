using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Tests.Rules.DecisionTables;

/// <summary>Builds small tables over a community schema (<c>input1.年龄</c>, <c>input1.社区</c>, …) for the tests.</summary>
internal static class TableFixture
{
    public static ExpressionSchema Schema() => ExpressionSchema.Create()
        .Record("input1", r => r
            .Field("年龄", ExpressionType.Number)
            .Field("社区", ExpressionType.Text)
            .Field("独居", ExpressionType.Boolean)
            .Field("收入", ExpressionType.Number)
            .Field("家庭人数", ExpressionType.Number)
            .Field("除数", ExpressionType.Number));

    /// <summary>
    /// A table JSON. <paramref name="inputs"/> are "id=expression" pairs; each row is input cells, then "|", then output cells.
    /// </summary>
    public static string Json(string hitPolicy, string[] inputs, string[] outputs, string[][] rows, string? aggregation = null, Action<JsonObject>? edit = null)
    {
        var table = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = "test-table",
            ["version"] = 1,
            ["name"] = new JsonObject { ["zh-CN"] = "测试表", ["en"] = "Test table" },
            ["hitPolicy"] = hitPolicy,
            ["inputs"] = new JsonArray([.. inputs.Select(i =>
            {
                var parts = i.Split('=', 2);
                return (JsonNode)new JsonObject { ["id"] = parts[0], ["label"] = new JsonObject { ["zh-CN"] = parts[0] }, ["expression"] = parts[1] };
            })]),
            ["outputs"] = new JsonArray([.. outputs.Select(o => (JsonNode)new JsonObject { ["id"] = o })]),
            ["rules"] = new JsonArray([.. rows.Select(row =>
            {
                var bar = Array.IndexOf(row, "|");
                return (JsonNode)new JsonObject
                {
                    ["inputEntries"] = new JsonArray([.. row[..bar].Select(c => (JsonNode)c)]),
                    ["outputEntries"] = new JsonArray([.. row[(bar + 1)..].Select(c => (JsonNode)c)]),
                };
            })]),
        };
        if (aggregation is not null)
        {
            table["aggregation"] = aggregation;
        }

        edit?.Invoke(table);
        return table.ToJsonString();
    }

    public static DecisionTable Compile(string json)
    {
        var compilation = DecisionTable.Compile(json, Schema());
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.Table!;
    }

    public static IReadOnlyList<Diagnostic> Errors(string json)
    {
        var compilation = DecisionTable.Compile(json, Schema());
        Assert.False(compilation.Succeeded);
        return compilation.Diagnostics;
    }

    public static DecisionTableResult Run(DecisionTable table, string input, bool explain = false) =>
        table.Evaluate(ExpressionRecordLoader.Load(table.InputSchema, "{\"input1\":" + input + "}"), explain);

    /// <summary>Age band (年龄) and 社区 columns.</summary>
    public static readonly string[] AgeAndDistrict = ["年龄=input1.年龄", "社区=input1.社区"];
}
