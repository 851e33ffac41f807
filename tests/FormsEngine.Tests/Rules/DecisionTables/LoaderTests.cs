using System.Text.Json.Nodes;
using FormsEngine.Rules.DecisionTables;
using static FormsEngine.Tests.Rules.DecisionTables.TableFixture;

namespace FormsEngine.Tests.Rules.DecisionTables;

public class LoaderTests
{
    private static string Valid(Action<JsonObject>? edit = null) =>
        Json("UNIQUE", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"], [">= 60", "-", "|", "100"]], edit: edit);

    private static List<(string? Path, string Code)> Problems(string json) =>
        [.. DecisionTable.Compile(json, Schema()).Diagnostics.Select(d => (d.Path, d.Code))];

    [Fact]
    public void Valid_table_has_no_diagnostics() => Assert.Empty(Problems(Valid()));

    [Fact]
    public void Broken_json_reports_line_and_column()
    {
        var diagnostic = Assert.Single(DecisionTable.Compile("{\n  \"id\": ,\n}", Schema()).Diagnostics);

        Assert.Equal("table.json", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void Missing_and_mistyped_properties_are_all_reported_with_paths()
    {
        var problems = Problems(Valid(t =>
        {
            t.Remove("id");
            t["version"] = "一";
            t["schemaVersion"] = 2;
            t["hitPolicy"] = "ONLY";
            t["name"] = new JsonObject { ["en"] = "No Chinese" };
        }));

        Assert.Equal(
            [("$.schemaVersion", "table.schemaVersion"), ("$.id", "table.missing"), ("$.version", "table.wrongType"),
             ("$.name", "table.missingChinese"), ("$.hitPolicy", "table.hitPolicy")],
            problems);
    }

    [Fact]
    public void Rows_with_the_wrong_number_of_cells_name_the_row()
    {
        var problems = Problems(Valid(t => t["rules"]![1]!["inputEntries"] = new JsonArray(">= 60")));

        Assert.Equal([("$.rules[1].inputEntries", "table.cellCount")], problems);
    }

    [Fact]
    public void Column_ids_must_be_unique_identifiers()
    {
        var problems = Problems(Valid(t =>
        {
            t["inputs"]![1]!["id"] = "年龄";
            t["outputs"]![0]!["id"] = "补贴 金额";
        }));

        Assert.Equal([("$.inputs[1].id", "table.duplicateId"), ("$.outputs[0].id", "table.invalidId")], problems);
    }

    [Fact]
    public void Cells_must_be_strings_but_bare_numbers_are_read_as_text()
    {
        var problems = Problems(Valid(t =>
        {
            t["rules"]![0]!["inputEntries"]![1] = new JsonObject();
            t["rules"]![1]!["outputEntries"]![0] = 100;
        }));

        Assert.Equal([("$.rules[0].inputEntries[1]", "table.wrongType")], problems);
    }

    [Fact]
    public void Aggregation_belongs_to_collect_only()
    {
        Assert.Equal([("$.aggregation", "table.aggregationNotCollect")], Problems(Valid(t => t["aggregation"] = "SUM")));
        Assert.Equal([("$.aggregation", "table.aggregation")],
            Problems(Json("COLLECT", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"]], aggregation: "AVG")));
    }

    [Fact]
    public void Priority_tables_need_priorities_or_allowed_values()
    {
        var none = Json("PRIORITY", AgeAndDistrict, ["等级"], [["< 60", "-", "|", "\"低\""]]);
        var partial = Json("PRIORITY", AgeAndDistrict, ["等级"], [["< 60", "-", "|", "\"低\""], ["-", "-", "|", "\"高\""]],
            edit: t => t["rules"]![0]!["priority"] = 2);
        var notAllowed = Json("PRIORITY", AgeAndDistrict, ["等级"], [["< 60", "-", "|", "\"中\""]],
            edit: t => t["outputs"]![0]!["allowedValues"] = new JsonArray("高", "低"));

        Assert.Equal([("$.outputs[0].allowedValues", "table.priority")], Problems(none));
        Assert.Equal([("$.rules", "table.priority")], Problems(partial));
        Assert.Equal([("$.rules[0].outputEntries[0]", "table.notAllowedValue")], Problems(notAllowed));
    }

    [Fact]
    public void Hit_policy_names_are_case_insensitive()
    {
        var table = Compile(Json("rule order", AgeAndDistrict, ["补贴"], [["< 60", "-", "|", "0"]]));

        Assert.Equal(HitPolicy.RuleOrder, table.HitPolicy);
    }

    [Fact]
    public void Every_diagnostic_is_bilingual()
    {
        var diagnostics = DecisionTable.Compile(Valid(t =>
        {
            t["hitPolicy"] = 3;
            t["rules"]![0]!["inputEntries"]![0] = "[1..";
        }), Schema()).Diagnostics;

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.MessageZh) || string.IsNullOrWhiteSpace(d.MessageEn)));
    }

    [Fact]
    public void Priority_by_allowed_values_needs_fixed_first_outputs()
    {
        var json = Json("PRIORITY", AgeAndDistrict, ["等级"], [["< 60", "-", "|", "input1.社区"]],
            edit: t => t["outputs"]![0]!["allowedValues"] = new JsonArray("高", "低"));

        Assert.Equal([("$.rules[0].outputEntries[0]", "table.priority")], Problems(json));
    }
}
