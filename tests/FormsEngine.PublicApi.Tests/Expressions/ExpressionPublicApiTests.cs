using System.Text.Json;
using FormsEngine.Expressions;

namespace FormsEngine.PublicApi.Tests.Expressions;

/// <summary>The expression language exactly as the host and the designer use it: public API only.</summary>
public sealed class ExpressionPublicApiTests
{
    private static readonly ExpressionSchema Schema = ExpressionSchema.Create()
        .Field("年龄", ExpressionType.Number)
        .Field("社区", ExpressionType.Text)
        .RecordList("家庭成员", m => m.Field("年龄", ExpressionType.Number));

    [Fact]
    public void Compile_evaluate_and_emit_javascript()
    {
        var compilation = ExpressionCompiler.Compile("年龄 >= 60 && 社区 == \"东区\" && 家庭成员.Count(m => m.年龄 < 18) == 0", Schema);
        Assert.True(compilation.Succeeded);
        var expression = compilation.Expression!;
        Assert.Equal(ExpressionTypeKind.Boolean, expression.ResultType.Kind);
        Assert.Equal(["年龄", "社区", "家庭成员", "家庭成员.年龄"], expression.References);

        var record = ExpressionRecordLoader.Load(Schema, """{"年龄": 72, "社区": "东区", "家庭成员": [{"年龄": 40}]}""");
        Assert.True(expression.ToPredicate().Test(record));
        Assert.True(expression.Evaluate(record).Value!.GetValue<bool>());

        var script = expression.ToJavaScript("visible1");
        Assert.StartsWith("var visible1 = ", script, StringComparison.Ordinal);
        Assert.Contains("FormsExpr", ExpressionJavaScript.RuntimeLibrary, StringComparison.Ordinal);
        Assert.NotNull(expression.JavaScriptEnvironment()["today"]);
    }

    [Fact]
    public void Errors_are_values_with_positions_and_two_languages()
    {
        var compilation = ExpressionCompiler.Compile("年纪 >= 60", Schema);
        Assert.False(compilation.Succeeded);
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("expr.unknownField", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("年龄", error.MessageZh, StringComparison.Ordinal);

        var divide = ExpressionCompiler.Compile("年龄 / 0", Schema).Expression!;
        var result = divide.Evaluate(Schema.CreateRecord().SetNumber("年龄", 1));
        Assert.False(result.IsSuccess);
        Assert.Equal("expr.divideByZero", result.ErrorCode);

        Assert.False(ExpressionCompiler.Parse("(年龄").Succeeded);
    }

    [Fact]
    public void Schemas_can_be_inferred_from_rules_engine_samples()
    {
        using var sample = JsonDocument.Parse("""{"country": "india", "loyaltyFactor": 2}""");
        var schema = ExpressionSchema.FromJsonSamples(("input1", sample.RootElement));
        var rule = ExpressionCompiler.Compile("input1.country == \"india\" AND input1.loyaltyFactor <= 2", schema).Expression!;
        var record = ExpressionRecordLoader.Load(schema, """{"input1": {"country": "india", "loyaltyFactor": 2}}""");
        Assert.True(rule.ToPredicate().Test(record));
    }
}
