using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Benchmarks.DecisionTables;

/// <summary>The two 20-row, 3-column benchmark tables (allowance by age, district and living alone) and their inputs.</summary>
internal static class BenchmarkTables
{
    public const int InputCount = 100;

    private static readonly string[] Districts = ["东区", "西区", "南区", "北区", "中区"];

    /// <summary>FIRST: five age bands, and within each band 东区/西区 living alone, 东区/西区, 南区, anyone else.</summary>
    public static string FirstJson()
    {
        string[] bands = ["< 60", "[60..70)", "[70..80)", "[80..90)", ">= 90"];
        var rows = new List<string[]>();
        for (var band = 0; band < bands.Length; band++)
        {
            rows.Add([bands[band], "\"东区\",\"西区\"", "true", Amount(100 * band + 50)]);
            rows.Add([bands[band], "\"东区\",\"西区\"", "-", Amount(100 * band + 20)]);
            rows.Add([bands[band], "\"南区\"", "-", Amount(100 * band + 10)]);
            rows.Add([bands[band], "-", "-", Amount(100 * band)]);
        }

        return Json("FIRST", null, rows);
    }

    /// <summary>COLLECT SUM: 20 independent subsidies, each for an age threshold, a district condition and maybe living alone.</summary>
    public static string CollectSumJson()
    {
        string[] districts = ["-", "\"东区\"", "not(\"西区\")", "\"南区\",\"北区\""];
        var rows = new List<string[]>();
        for (var k = 0; k < 20; k++)
        {
            rows.Add([">= " + (40 + (3 * k)).ToString(CultureInfo.InvariantCulture), districts[k % 4], k % 3 == 0 ? "true" : "-", Amount(10 + k)]);
        }

        return Json("COLLECT", "SUM", rows);
    }

    public static ExpressionSchema Schema() => ExpressionSchema.Create()
        .Record("input1", r => r.Field("年龄", ExpressionType.Number).Field("社区", ExpressionType.Text).Field("独居", ExpressionType.Boolean));

    public static DecisionTable Compile(string json)
    {
        var compilation = DecisionTable.Compile(json, Schema());
        return compilation.Table ?? throw new InvalidOperationException("benchmark table did not compile: " + string.Join("; ", compilation.Diagnostics));
    }

    public static (int Age, string District, bool Alone)[] Inputs() =>
        [.. Enumerable.Range(0, InputCount).Select(i => (30 + (i * 7 % 75), Districts[i % Districts.Length], i % 3 == 0))];

    public static ExpressionRecord[] Records(DecisionTable table) =>
        [.. Inputs().Select(x => ExpressionRecordLoader.Load(table.InputSchema,
            new JsonObject { ["input1"] = new JsonObject { ["年龄"] = x.Age, ["社区"] = x.District, ["独居"] = x.Alone } }))];

    private static string Amount(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Json(string hitPolicy, string? aggregation, List<string[]> rows)
    {
        var table = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = "benchmark-allowance",
            ["version"] = 1,
            ["name"] = new JsonObject { ["zh-CN"] = "补贴（基准测试）" },
            ["hitPolicy"] = hitPolicy,
            ["inputs"] = new JsonArray(
                new JsonObject { ["id"] = "年龄", ["expression"] = "input1.年龄" },
                new JsonObject { ["id"] = "社区", ["expression"] = "input1.社区" },
                new JsonObject { ["id"] = "独居", ["expression"] = "input1.独居" }),
            ["outputs"] = new JsonArray(new JsonObject { ["id"] = "金额", ["type"] = "number" }),
            ["rules"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
            {
                ["inputEntries"] = new JsonArray(r[0], r[1], r[2]),
                ["outputEntries"] = new JsonArray(r[3]),
            })]),
        };
        if (aggregation is not null)
        {
            table["aggregation"] = aggregation;
        }

        return table.ToJsonString();
    }
}
