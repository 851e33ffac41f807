using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules.Runtime;

/// <summary>The outcome fast path allocates nothing once the conditions run as IL (a runtime error, being an exception, does).</summary>
public class FastPathAllocationTests
{
    [Fact]
    public void Evaluate_outcomes_allocates_nothing()
    {
        var sample = RuleFixture.Json("""{"input1": {"age": 72, "district": "东区", "alone": true}, "input2": {"orders": 3}}""");
        var options = new RuleSetOptions { Expressions = new ExpressionOptions { TierUpAfter = 0 } };
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "a", "Expression": "input1.age >= 60 AND input1.district == '东区'"},
              {"RuleName": "b", "Operator": "Or", "Rules": [
                {"RuleName": "b1", "Expression": "input1.alone == true"},
                {"RuleName": "b2", "Expression": "input2.orders > 5"}
              ]}
            ]}
            """, sample, options);
        ruleSet.WarmUp();
        var workflow = ruleSet.GetWorkflow("w");
        var input = RuleFixture.Input(ruleSet, sample);
        var outcomes = new bool[2];
        workflow.EvaluateOutcomes(input, outcomes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        for (var i = 0; i < 1000; i++)
        {
            count += workflow.EvaluateOutcomes(input, outcomes);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2000, count);
        Assert.Equal([true, true], outcomes);
        Assert.Equal(0, allocated);
    }
}
