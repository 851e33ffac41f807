using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.DotNet;

public sealed class PredicateTests
{
    [Fact]
    public void Predicates_treat_null_and_runtime_errors_as_false()
    {
        var predicate = CommunitySchema.Compile("独居").ToPredicate();
        Assert.False(predicate.Test(CommunitySchema.Schema.CreateRecord()));
        Assert.True(predicate.Test(CommunitySchema.Schema.CreateRecord().SetBoolean("独居", true)));

        var failing = CommunitySchema.Compile("月收入 / 家庭人数 > 100");
        var record = CommunitySchema.Schema.CreateRecord().SetNumber("月收入", 1000).SetNumber("家庭人数", 0);
        Assert.False(failing.ToPredicate().Test(record));
        Assert.Equal("expr.divideByZero", failing.Evaluate(record).ErrorCode);
    }

    [Fact]
    public void Only_conditions_have_a_predicate()
    {
        var number = CommunitySchema.Compile("年龄 + 1");
        Assert.False(number.IsCondition);
        Assert.Throws<InvalidOperationException>(() => number.ToPredicate());
    }

    [Theory]
    [InlineData("年龄 >= 60 && 社区 == \"东区\"")]
    [InlineData("年龄 >= 60 AND 独居 == true OR 社区 != \"西区\"")]
    [InlineData("家庭成员.Any(m => m.年龄 >= 80) && in(社区, \"东区\", \"西区\")")]
    [InlineData("age(出生日期) >= 80 && idValid(身份证号)")]
    public void Predicates_allocate_nothing_per_evaluation(string source)
    {
        var predicate = CommunitySchema.Compile(source).ToPredicate();
        var record = ExpressionRecordLoader.Load(CommunitySchema.Schema, """
            {"年龄": 72, "社区": "东区", "独居": true, "出生日期": "1940-01-01", "身份证号": "110101194603151242",
             "家庭成员": [{"年龄": 30}, {"年龄": 85}]}
            """);
        var expected = predicate.Test(record);
        for (var i = 0; i < 1100; i++)
        {
            // Past the tier-up: from here on the IL-compiled delegate runs.
            predicate.Test(record);
        }

        Assert.True(predicate.IsCompiledToIL);
        var agreed = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            agreed += predicate.Test(record) == expected ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1000, agreed);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Small_expressions_start_interpreted_and_tier_up_to_il()
    {
        var options = new ExpressionOptions { TierUpAfter = 3 };
        var predicate = ExpressionCompiler.Compile("年龄 >= 60", CommunitySchema.Schema, options).Expression!.ToPredicate();
        var record = CommunitySchema.Schema.CreateRecord().SetNumber("年龄", 61);
        Assert.True(predicate.Test(record));
        Assert.True(predicate.Test(record));
        Assert.False(predicate.IsCompiledToIL);
        Assert.True(predicate.Test(record));
        Assert.True(predicate.IsCompiledToIL);
        Assert.True(predicate.Test(record));

        var eager = ExpressionCompiler.Compile("年龄 >= 60", CommunitySchema.Schema, new ExpressionOptions { TierUpAfter = 0 }).Expression!.ToPredicate();
        Assert.True(eager.IsCompiledToIL);
    }

    [Fact]
    public void Large_expressions_switch_to_interpretation_by_node_count()
    {
        var small = CommunitySchema.Compile("年龄 >= 60");
        Assert.False(small.UsesInterpretation);
        var options = new ExpressionOptions { InterpretationThreshold = 2 };
        var large = ExpressionCompiler.Compile("年龄 >= 60 && 独居", CommunitySchema.Schema, options).Expression!;
        Assert.True(large.UsesInterpretation);
        Assert.True(large.ToPredicate().Test(CommunitySchema.Schema.CreateRecord().SetNumber("年龄", 61).SetBoolean("独居", true)));
    }
}
