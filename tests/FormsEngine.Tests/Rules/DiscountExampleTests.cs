using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules;

/// <summary>The "Discount" workflow of the Microsoft RulesEngine README, unchanged, with the inputs of its demo.</summary>
public class DiscountExampleTests
{
    private static readonly string RulesJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Rules", "RuleFiles", "discount.json"));

    private static RuleSet Compile() => RuleFixture.Compile(RulesJson, Inputs("india", 2, 5000, 3, 3));

    private static System.Text.Json.Nodes.JsonObject Inputs(string country, int loyalty, int purchases, int orders, int visits) => RuleFixture.Json($$"""
        {
          "input1": { "name": "hello", "email": "abcy@xyz.com", "creditHistory": "good", "country": "{{country}}", "loyaltyFactor": {{loyalty}}, "totalPurchasesToDate": {{purchases}} },
          "input2": { "totalOrders": {{orders}}, "recurringItems": 2 },
          "input3": { "noOfVisitsPerMonth": {{visits}}, "percentageOfBuyingToVisit": 15 }
        }
        """);

    [Fact]
    public void The_readme_customer_gets_discount_10()
    {
        var ruleSet = Compile();
        var results = ruleSet.GetWorkflow("Discount").Execute(RuleFixture.Input(ruleSet, Inputs("india", 1, 5000, 3, 3)));

        Assert.Equal(["GiveDiscount10", "GiveDiscount20", "GiveDiscount25", "GiveDiscount30", "GiveDiscount30NestedOrExample", "GiveDiscount35NestedAndExample"], results.Select(r => r.RuleName));
        var success = Assert.Single(results, r => r.IsSuccess);
        Assert.Equal("GiveDiscount10", success.RuleName);
        Assert.Equal("10", success.SuccessEvent);
        Assert.Null(success.ErrorMessage);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("One or more adjust rules failed.", r.ErrorMessage));
    }

    [Fact]
    public void Nested_or_succeeds_when_one_child_does()
    {
        var ruleSet = Compile();
        var result = ruleSet.GetWorkflow("Discount").ExecuteRule("GiveDiscount30NestedOrExample", RuleFixture.Input(ruleSet, Inputs("india", 1, 100, 20, 0)));

        Assert.True(result.IsSuccess);
        Assert.Equal("30", result.SuccessEvent);
        Assert.Equal([false, true], result.ChildResults.Select(c => c.IsSuccess));
    }

    [Fact]
    public void Nested_and_needs_every_child_and_reports_them_all()
    {
        var ruleSet = Compile();
        var workflow = ruleSet.GetWorkflow("Discount");
        var loyalBigSpender = RuleFixture.Input(ruleSet, Inputs("china", 4, 150000, 20, 30));
        var loyalSmallSpender = RuleFixture.Input(ruleSet, Inputs("china", 4, 1000, 20, 30));

        Assert.True(workflow.ExecuteRule("GiveDiscount35NestedAndExample", loyalBigSpender).IsSuccess);
        var failed = workflow.ExecuteRule("GiveDiscount35NestedAndExample", loyalSmallSpender);
        Assert.False(failed.IsSuccess);
        Assert.Null(failed.SuccessEvent);
        Assert.Equal([true, false, true], failed.ChildResults.Select(c => c.IsSuccess));
    }

    [Theory]
    [InlineData("india", 1, 5000, 3, 3)]
    [InlineData("india", 3, 10000, 3, 3)]
    [InlineData("usa", 2, 10000, 3, 6)]
    [InlineData("china", 4, 60000, 20, 30)]
    [InlineData("china", 4, 150000, 20, 30)]
    [InlineData("india", 0, 0, 0, 0)]
    public void Fast_path_agrees_with_the_result_tree(string country, int loyalty, int purchases, int orders, int visits)
    {
        var ruleSet = Compile();
        var workflow = ruleSet.GetWorkflow("Discount");
        var input = RuleFixture.Input(ruleSet, Inputs(country, loyalty, purchases, orders, visits));
        Span<bool> outcomes = stackalloc bool[workflow.RuleNames.Count];

        var count = workflow.EvaluateOutcomes(input, outcomes);

        var tree = workflow.Execute(input);
        Assert.Equal(tree.Select(r => r.IsSuccess), outcomes.ToArray());
        Assert.Equal(tree.Count(r => r.IsSuccess), count);
        Assert.All(tree, r => Assert.Equal(r.IsSuccess, workflow.Evaluate(r.RuleName, input)));
    }

    [Fact]
    public void Property_names_match_case_insensitively_like_rulesengine()
    {
        var lower = RulesJson.Replace("\"RuleName\"", "\"ruleName\"", StringComparison.Ordinal)
            .Replace("\"Expression\"", "\"expression\"", StringComparison.Ordinal)
            .Replace("\"WorkflowName\"", "\"workflowname\"", StringComparison.Ordinal);
        var ruleSet = RuleFixture.Compile(lower, Inputs("india", 2, 5000, 3, 3));

        Assert.True(ruleSet.GetWorkflow("Discount").Evaluate("GiveDiscount10", RuleFixture.Input(ruleSet, Inputs("india", 1, 5000, 3, 3))));
    }
}
