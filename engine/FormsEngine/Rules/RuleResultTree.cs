using System.Text.Json.Nodes;

namespace FormsEngine.Rules;

/// <summary>
/// The result of one rule, with the results of its nested rules: RulesEngine's <c>RuleResultTree</c>. Serialize it with
/// <see cref="ToJson"/> (camelCase; properties without a value are left out).
/// </summary>
public sealed class RuleResultTree
{
    internal RuleResultTree(string ruleName, bool isSuccess)
    {
        RuleName = ruleName;
        IsSuccess = isSuccess;
    }

    /// <summary>The rule's <c>RuleName</c>.</summary>
    public string RuleName { get; }

    /// <summary>True when the rule's condition held (for a parent rule: the And/Or of its enabled children).</summary>
    public bool IsSuccess { get; }

    /// <summary>The rule's <c>SuccessEvent</c>, when it succeeded.</summary>
    public string? SuccessEvent { get; internal init; }

    /// <summary>The rendered <c>SuccessMessage</c>, when it succeeded.</summary>
    public string? SuccessMessage { get; internal init; }

    /// <summary>The rendered <c>ErrorMessage</c>, when it failed, e.g. 年龄需满 80 周岁（您的年龄：72 岁）.</summary>
    public string? ErrorMessage { get; internal init; }

    /// <summary>Why the rule could not be evaluated (e.g. 除数不能为零 / division by zero), or why its action failed.</summary>
    public string? ExceptionMessage { get; internal set; }

    /// <summary>The output of the rule's action (<c>OutputExpression</c>, or the output of the rule an <c>EvaluateRule</c> ran).</summary>
    public JsonNode? Output { get; internal set; }

    /// <summary>For an <c>EvaluateRule</c> action: the full result of the rule it ran.</summary>
    public RuleResultTree? ActionResult { get; internal set; }

    /// <summary>The rule's <c>Properties</c>, as written in the rule file.</summary>
    public JsonObject? Properties { get; internal init; }

    /// <summary>With tracing on, for a leaf rule: the condition, its value and the values of the fields it read.</summary>
    public RuleConditionTrace? Condition { get; internal init; }

    /// <summary>The results of the enabled nested rules, in order.</summary>
    public IReadOnlyList<RuleResultTree> ChildResults { get; internal init; } = [];

    /// <summary>camelCase JSON: <c>ruleName</c>, <c>isSuccess</c>, <c>successEvent</c>, <c>errorMessage</c>, <c>exceptionMessage</c>, <c>output</c>, <c>childResults</c>….</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["ruleName"] = RuleName, ["isSuccess"] = IsSuccess };
        Add(json, "successEvent", SuccessEvent);
        Add(json, "successMessage", SuccessMessage);
        Add(json, "errorMessage", ErrorMessage);
        Add(json, "exceptionMessage", ExceptionMessage);
        if (Output is not null)
        {
            json["output"] = Output.DeepClone();
        }

        if (ActionResult is not null)
        {
            json["actionResult"] = ActionResult.ToJson();
        }

        if (Properties is not null)
        {
            json["properties"] = Properties.DeepClone();
        }

        if (Condition is not null)
        {
            json["condition"] = Condition.ToJson();
        }

        if (ChildResults.Count > 0)
        {
            json["childResults"] = new JsonArray([.. ChildResults.Select(c => (JsonNode)c.ToJson())]);
        }

        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
