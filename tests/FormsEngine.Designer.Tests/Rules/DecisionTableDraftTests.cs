using System.Text.Json.Nodes;
using FormsEngine.Designer.RuleEditing;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Designer.Tests.Rules;

public sealed class DecisionTableDraftTests
{
    [Theory]
    [InlineData("grid-routing")]
    [InlineData("supply-allocation")]
    public void Sample_tables_round_trip_unchanged(string id)
    {
        var json = id == "grid-routing" ? RuleFiles.GridRouting : RuleFiles.SupplyAllocation;

        var draft = DecisionTableDraft.Load(json).Draft!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(draft.ToJson())));
        Assert.True(draft.Validate().Succeeded, string.Join("\n", draft.Validate().Diagnostics.Select(d => d.Diagnostic.ToString())));
    }

    [Fact]
    public void Grid_routing_shows_columns_rows_and_hit_policy()
    {
        var draft = DecisionTableDraft.Load(RuleFiles.GridRouting).Draft!;

        Assert.Equal(HitPolicy.First, draft.Policy);
        Assert.Equal(["小区", "楼栋", "事件类型"], draft.Inputs.Select(c => c.Title));
        Assert.Equal("input1.小区", draft.Inputs[0].Detail);
        Assert.Equal(["网格员", "网格", "处理时限（小时）"], draft.Outputs.Select(c => c.Title));
        Assert.Equal(7, draft.Rows.Count);
        Assert.Equal(["\"幸福里\"", "[1..10]", "-"], draft.Rows[1].InputEntries);
        Assert.Equal("紧急事件", draft.Rows[0].Description);
    }

    [Fact]
    public void Under_unique_an_overlap_is_an_error_on_the_later_row_and_both_rows_know_it()
    {
        var draft = DecisionTableDraft.Load(RuleFiles.GridRouting).Draft!;
        draft.SetHitPolicy(HitPolicy.Unique);

        var validation = draft.Validate();

        Assert.False(validation.Succeeded);
        Assert.Contains(validation.ForRow(1), d => d.IsError && d.Diagnostic.Code == TableCodesOverlap);
        Assert.Contains(validation.OverlapsOf(0), o => o.OtherRow == 1);
        Assert.Contains(validation.OverlapsOf(1), o => o.OtherRow == 0);
        Assert.Contains("\"hitPolicy\": \"UNIQUE\"", draft.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_the_catch_all_row_reveals_a_gap_with_an_example()
    {
        var draft = DecisionTableDraft.Load(RuleFiles.GridRouting).Draft!;
        Assert.Empty(draft.Validate().Gaps);

        Assert.True(draft.RemoveRow(6));
        var validation = draft.Validate();

        Assert.NotEmpty(validation.Gaps);
        Assert.Contains(validation.General, d => !d.IsError && d.Diagnostic.Code == "table.gap");
        Assert.DoesNotContain(validation.Diagnostics, d => d.Row is not null);
    }

    [Fact]
    public void Rows_are_added_moved_edited_and_undone()
    {
        var draft = DecisionTableDraft.Load(RuleFiles.GridRouting).Draft!;
        var original = draft.ToJson();

        Assert.Equal(2, draft.AddRow(1));
        Assert.Equal(["-", "-", "-"], draft.Rows[2].InputEntries);
        Assert.True(draft.SetCell(2, input: true, 0, "\"建设"));
        Assert.True(draft.SetCell(2, input: true, 0, "\"建设小区\""));
        Assert.True(draft.SetCell(2, input: false, 1, "\"测试网格\""));
        Assert.True(draft.SetDescription(2, "新增"));
        Assert.Equal(1, draft.MoveRow(2, -1));
        Assert.Equal(["\"建设小区\"", "-", "-"], draft.Rows[1].InputEntries);
        Assert.Equal("\"测试网格\"", draft.Rows[1].OutputEntries[1]);
        Assert.Null(draft.MoveRow(0, -1));

        var steps = 0;
        while (draft.Undo())
        {
            steps++;
        }

        Assert.Equal(5, steps);
        Assert.Equal(original, draft.ToJson());
    }

    [Fact]
    public void A_bad_cell_is_a_compile_error_on_its_row_with_position()
    {
        var draft = DecisionTableDraft.Load(RuleFiles.GridRouting).Draft!;
        draft.SetCell(1, input: true, 1, "[1..");

        var validation = draft.Validate();

        var error = Assert.Single(validation.Diagnostics, d => d.IsError);
        Assert.Equal(1, error.Row);
        Assert.True(error.Diagnostic.Line > 0);
    }

    [Fact]
    public void Bad_json_gives_a_diagnostic_not_an_exception()
    {
        var load = DecisionTableDraft.Load("[1, 2");

        Assert.Null(load.Draft);
        Assert.Equal("table.json", Assert.Single(load.Diagnostics).Code);
    }

    private const string TableCodesOverlap = "table.overlap";
}
