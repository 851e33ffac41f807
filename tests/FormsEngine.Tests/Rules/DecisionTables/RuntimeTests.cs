using System.Text.Json;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class RuntimeTests
{
    [Fact]
    public void Division_by_zero_in_a_cell_is_a_failed_result()
    {
        var table = Compile(Json("FIRST", ["收入=input1.收入"], ["档次"],
            [["? / input1.除数 > 1000", "|", "\"高\""], ["-", "|", "\"低\""]]));

        var result = Run(table, "{\"收入\": 5000, \"除数\": 0}");

        Assert.False(result.IsSuccess);
        Assert.Equal("table.run.cellFailed", result.ErrorCode);
        Assert.Contains("第 1 行（$.rules[0]）", result.MessageZh, StringComparison.Ordinal);
        Assert.Contains("除数不能为零", result.MessageZh, StringComparison.Ordinal);
        Assert.Contains("division by zero", result.MessageEn, StringComparison.Ordinal);
        Assert.Equal("{\"档次\":\"高\"}", Run(table, "{\"收入\": 5000, \"除数\": 2}").Output.Compact());
    }

    [Fact]
    public void Division_by_zero_in_an_input_column_is_a_failed_result()
    {
        var table = Compile(Json("FIRST", ["人均=input1.收入 / input1.家庭人数"], ["档次"], [["< 1000", "|", "\"低\""]]));

        var result = Run(table, "{\"收入\": 5000, \"家庭人数\": 0}");

        Assert.Equal("table.run.inputFailed", result.ErrorCode);
        Assert.Contains("人均", result.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_by_zero_in_an_output_is_a_failed_result()
    {
        var table = Compile(Json("UNIQUE", ["收入=input1.收入"], ["人均"], [["-", "|", "input1.收入 / input1.除数"]]));

        var result = Run(table, "{\"收入\": 100, \"除数\": 0}");

        Assert.Equal("table.run.outputFailed", result.ErrorCode);
        Assert.Equal([0], result.MatchedRows);
        Assert.Null(result.Output);
    }

    [Fact]
    public void Explain_returns_every_cell_verdict_and_column_value()
    {
        var table = Compile(Json("FIRST", AgeAndDistrict, ["补贴"],
            [["< 60", "-", "|", "0"], ["[60..80)", "\"东区\"", "|", "100"], ["[60..80)", "-", "|", "80"]]));

        var result = Run(table, "{\"年龄\": 72, \"社区\": \"西区\"}", explain: true);

        Assert.Equal([2], result.MatchedRows);
        var trace = result.Trace!;
        Assert.Equal([false, false, true], trace.Select(r => r.Matched));
        Assert.Equal([false, true], trace[0].Cells.Select(c => c.Result!.Value));
        Assert.Equal([true, false], trace[1].Cells.Select(c => c.Result!.Value));
        Assert.Equal(("年龄", "[60..80)", "72"), (trace[1].Cells[0].InputId, trace[1].Cells[0].Cell, trace[1].Cells[0].Value.Compact()));
        Assert.Equal("\"西区\"", trace[1].Cells[1].Value.Compact());
        Assert.Null(Run(table, "{\"年龄\": 72}").Trace);
    }

    [Fact]
    public void Explain_records_cell_errors()
    {
        var table = Compile(Json("RULE ORDER", ["收入=input1.收入"], ["档次"], [["? / input1.除数 > 1", "|", "1"]]));

        var result = Run(table, "{\"收入\": 5, \"除数\": 0}", explain: true);

        var cell = Assert.Single(Assert.Single(result.Trace!).Cells);
        Assert.Null(cell.Result);
        Assert.Equal("expr.divideByZero", cell.ErrorCode);
    }

    [Fact]
    public void Result_serialises_to_json()
    {
        var table = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"], ["<= 50", "-", "|", "10"]]));

        Assert.Equal("{\"success\":true,\"matchedRows\":[0],\"output\":{\"补贴\":0}}", Run(table, "{\"年龄\": 55}").ToJson().Compact());
        var failed = Run(table, "{\"年龄\": 20}").ToJson();
        Assert.False(failed["success"]!.GetValue<bool>());
        Assert.Equal("table.run.notUnique", failed["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_accepts_json_and_rejects_records_of_other_schemas()
    {
        var table = Compile(Json("UNIQUE", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"], [">= 60", "-", "|", "100"]]));
        using var input = JsonDocument.Parse("{\"input1\": {\"年龄\": 61}}");

        Assert.Equal([1], table.Evaluate(input.RootElement).MatchedRows);
        Assert.Throws<ArgumentException>(() => table.Evaluate(Schema().CreateRecord()));
    }

    [Fact]
    public void Parallel_evaluations_agree_with_serial_ones()
    {
        var table = Compile(Json("COLLECT", AgeAndDistrict, ["金额"],
            [[">= 60", "-", "|", "100"], [">= 80", "-", "|", "200"], ["-", "\"东区\"", "|", "50"]], aggregation: "SUM"));
        var inputs = Enumerable.Range(0, 2000).Select(i => (Age: 40 + (i % 60), District: i % 3 == 0 ? "东区" : "西区")).ToArray();
        decimal Expected((int Age, string District) x) => (x.Age >= 60 ? 100 : 0) + (x.Age >= 80 ? 200 : 0) + (x.District == "东区" ? 50 : 0);

        var results = new decimal[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
            results[i] = Run(table, $"{{\"年龄\": {inputs[i].Age}, \"社区\": \"{inputs[i].District}\"}}").Output!["金额"]!.GetValue<decimal>());

        Assert.Equal(inputs.Select(Expected), results);
    }
}
