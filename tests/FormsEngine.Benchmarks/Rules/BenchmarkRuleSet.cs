using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FormsEngine.Benchmarks.Rules;

/// <summary>
/// Generated rule files for the benchmarks: <c>n</c> eligibility rules over one resident (age, income, household size,
/// district, living alone), in three shapes that repeat, and the same conditions written by hand in C#.
/// </summary>
internal static class BenchmarkRuleSet
{
    public static string Json(int count, bool nested = false)
    {
        var rules = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                rules.Append(",\n");
            }

            if (nested && i % 10 == 9)
            {
                rules.Append(CultureInfo.InvariantCulture, $$"""{"RuleName": "r{{i}}", "Operator": "Or", "SuccessEvent": "e{{i}}", "ErrorMessage": "第 {{i}} 条不满足（年龄 {{"{{"}}input1.age{{"}}"}}）", "Rules": [{"RuleName": "r{{i}}a", "Expression": "{{Condition(i)}}"}, {"RuleName": "r{{i}}b", "Expression": "input1.age > {{100 + i}}"}]}""");
            }
            else
            {
                rules.Append(CultureInfo.InvariantCulture, $$"""{"RuleName": "r{{i}}", "SuccessEvent": "e{{i}}", "ErrorMessage": "第 {{i}} 条不满足", "Expression": "{{Condition(i)}}"}""");
            }
        }

        return $$"""{"WorkflowName": "bench", "Rules": [{{rules}}]}""";
    }

    /// <summary>Condition <paramref name="i"/> in the expression language (JSON-escaped).</summary>
    public static string Condition(int i) => (i % 3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"input1.age >= {60 + i} AND input1.district == \\\"东区\\\""),
        1 => string.Create(CultureInfo.InvariantCulture, $"input1.income < {1000 + (100 * i)} OR input1.alone == true"),
        _ => string.Create(CultureInfo.InvariantCulture, $"input1.members > {i % 5} AND input1.age < {90 + i}"),
    };

    public static JsonObject Input() => new()
    {
        ["input1"] = new JsonObject
        {
            ["age"] = 72,
            ["income"] = 2300,
            ["members"] = 2,
            ["district"] = "东区",
            ["alone"] = false,
        },
    };

    /// <summary>The same resident as a plain C# object.</summary>
    public sealed record Resident(decimal Age, decimal Income, decimal Members, string District, bool Alone);

    public static Resident HandWrittenInput() => new(72, 2300, 2, "东区", false);

    /// <summary>The 30 conditions written by hand: the baseline.</summary>
    public static int HandWritten(Resident r, Span<bool> outcomes)
    {
        var count = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var ok = (i % 3) switch
            {
                0 => r.Age >= 60 + i && r.District == "东区",
                1 => r.Income < 1000 + (100 * i) || r.Alone,
                _ => r.Members > i % 5 && r.Age < 90 + i,
            };
            outcomes[i] = ok;
            count += ok ? 1 : 0;
        }

        return count;
    }
}
