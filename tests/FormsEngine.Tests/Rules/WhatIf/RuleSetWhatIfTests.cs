using FormsEngine.Rules;
using FormsEngine.Rules.WhatIf;

namespace FormsEngine.Tests.Rules.WhatIf;

/// <summary>Before publishing: who gains, who loses and whose success event changes under a new version.</summary>
public class RuleSetWhatIfTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"年龄": 80, "独居": true}}""");

    private static RuleSet Version(int minimumAge, string eventName, bool withCareRule) => RuleFixture.Compile($$"""
        {"WorkflowName": "高龄补贴", "Rules": [
          {"RuleName": "补贴", "Expression": "input1.年龄 >= {{minimumAge}}", "SuccessEvent": "{{eventName}}"}
          {{(withCareRule ? """, {"RuleName": "关爱", "Expression": "input1.独居 == true", "SuccessEvent": "上门探访"}""" : "")}}
        ]}
        """, Sample);

    private static StoredAnswer Answer(string id, int age, bool alone) =>
        new(id, new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["input1"] = RuleFixture.Json($$"""{"年龄": {{age}}, "独居": {{(alone ? "true" : "false")}}}""") });

    private static readonly StoredAnswer[] Answers =
    [
        Answer("A-72", 72, alone: false),
        Answer("B-76", 76, alone: false),
        Answer("C-79", 79, alone: true),
        Answer("D-85", 85, alone: false),
        Answer("E-90", 90, alone: true),
    ];

    [Fact]
    public void Lowering_the_age_gains_residents_and_counts_them()
    {
        var report = RuleSetWhatIf.Compare(Version(80, "发放", false), Version(75, "发放", false), "高龄补贴", Answers);

        Assert.Equal(5, report.Total);
        Assert.Equal(["B-76", "C-79"], report.Gainers);
        Assert.Empty(report.Losers);
        Assert.Equal(3, report.Unchanged);
        var change = Assert.Single(report.Changes[0].Changes);
        Assert.Equal(new OutcomeChange("补贴", OutcomeChangeKind.Gained, false, true, null, "发放"), change);
    }

    [Fact]
    public void Raising_the_age_loses_residents_and_new_events_are_reported()
    {
        var report = RuleSetWhatIf.Compare(Version(80, "发放", true), Version(88, "按月发放", true), "高龄补贴", Answers);

        Assert.Equal(["D-85"], report.Losers);
        Assert.Empty(report.Gainers);
        Assert.Equal(["E-90"], report.EventChanges);
        Assert.Equal(new OutcomeChange("补贴", OutcomeChangeKind.EventChanged, true, true, "发放", "按月发放"), Assert.Single(report.Changes.Single(c => c.Id == "E-90").Changes));
        Assert.Equal(3, report.Unchanged);
    }

    [Fact]
    public void Added_and_removed_rules_count_as_gained_and_lost()
    {
        var added = RuleSetWhatIf.Compare(Version(80, "发放", false), Version(80, "发放", true), "高龄补贴", Answers);
        var removed = RuleSetWhatIf.Compare(Version(80, "发放", true), Version(80, "发放", false), "高龄补贴", Answers);

        Assert.Equal(["C-79", "E-90"], added.Gainers);
        Assert.Equal(["C-79", "E-90"], removed.Losers);
        Assert.All(removed.Changes, c => Assert.Equal("关爱", Assert.Single(c.Changes).RuleName));
    }
}
