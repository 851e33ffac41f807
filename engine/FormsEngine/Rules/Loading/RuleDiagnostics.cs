using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.Loading;

/// <summary>Every rule-set diagnostic, with its stable code and its Chinese and English message.</summary>
internal static class RuleDiagnostics
{
    public static Diagnostic BadJson(string reason, int line, int column) =>
        Diagnostic.Error("rules.json", "$", $"规则文件不是合法的 JSON：{reason}", $"the rule file is not valid JSON: {reason}") with { Line = line, Column = column };

    public static Diagnostic NotWorkflows(string path) =>
        Diagnostic.Error("rules.root", path, "规则文件必须是一个工作流对象或工作流数组", "a rule file must be one workflow object or an array of workflows");

    public static Diagnostic NotObject(string path) =>
        Diagnostic.Error("rules.notObject", path, "这里需要一个 JSON 对象", "a JSON object is expected here");

    public static Diagnostic NotArray(string path) =>
        Diagnostic.Error("rules.notArray", path, "这里需要一个 JSON 数组", "a JSON array is expected here");

    public static Diagnostic NotText(string path) =>
        Diagnostic.Error("rules.notText", path, "这里需要一段文本", "a string is expected here");

    public static Diagnostic NotBoolean(string path) =>
        Diagnostic.Error("rules.notBoolean", path, "这里需要 true 或 false", "true or false is expected here");

    public static Diagnostic Missing(string path, string property) =>
        Diagnostic.Error("rules.missing", path, $"缺少必填属性 {property}", $"the required property {property} is missing");

    public static Diagnostic SchemaVersion(string path) =>
        Diagnostic.Error("rules.schemaVersion", path, "不支持的 schemaVersion，目前只支持 1", "unsupported schemaVersion; only 1 is supported");

    public static Diagnostic UnknownOperator(string path, string value) =>
        Diagnostic.Error("rules.operator", path, $"未知的运算符“{value}”，可用 And、AndAlso、Or、OrElse", $"unknown Operator '{value}'; use And, AndAlso, Or or OrElse");

    public static Diagnostic UnknownExpressionType(string path, string value) =>
        Diagnostic.Error("rules.expressionType", path, $"未知的表达式类型“{value}”，可用 LambdaExpression 或 JavaScript", $"unknown RuleExpressionType '{value}'; use LambdaExpression or JavaScript");

    public static Diagnostic NoCondition(string path) =>
        Diagnostic.Error("rules.noCondition", path, "规则既没有 Expression 也没有子规则 Rules", "the rule has neither an Expression nor nested Rules");

    public static Diagnostic OperatorWithoutRules(string path) =>
        Diagnostic.Error("rules.operatorWithoutRules", path, "设置了 Operator 的规则需要子规则 Rules", "a rule with an Operator needs nested Rules");

    public static Diagnostic RulesWithoutOperator(string path) =>
        Diagnostic.Error("rules.rulesWithoutOperator", path, "有子规则的规则需要 Operator（And 或 Or）", "a rule with nested Rules needs an Operator (And or Or)");

    public static Diagnostic DuplicateWorkflow(string path, string name) =>
        Diagnostic.Error("rules.duplicateWorkflow", path, $"工作流名称“{name}”重复", $"workflow name '{name}' is used more than once");

    public static Diagnostic DuplicateRule(string path, string name) =>
        Diagnostic.Error("rules.duplicateRule", path, $"同一工作流中规则名称“{name}”重复", $"rule name '{name}' is used more than once in the workflow");

    public static Diagnostic DuplicateParam(string path, string name) =>
        Diagnostic.Error("rules.duplicateParam", path, $"名称“{name}”已被输入或其他参数使用", $"the name '{name}' is already used by an input or another param");

    public static Diagnostic ParamType(string path, string name) =>
        Diagnostic.Error("rules.paramType", path, $"参数“{name}”的值总是空值，无法确定类型", $"param '{name}' is always null, so it has no type");

    public static Diagnostic NotCondition(string path, string typeZh, string typeEn) =>
        Diagnostic.Error("rules.notCondition", path, $"规则表达式的结果必须是“是/否”，这里是{typeZh}", $"a rule expression must be a condition, but this one is {typeEn}");

    public static Diagnostic UnknownAction(string path, string name) =>
        Diagnostic.Error("rules.unknownAction", path, $"未知的动作“{name}”，可用 OutputExpression 或 EvaluateRule", $"unknown action '{name}'; use OutputExpression or EvaluateRule");

    public static Diagnostic MissingWorkflow(string path, string name) =>
        Diagnostic.Error("rules.missingWorkflow", path, $"找不到工作流“{name}”", $"there is no workflow named '{name}'");

    public static Diagnostic MissingRule(string path, string workflow, string rule) =>
        Diagnostic.Error("rules.missingRule", path, $"工作流“{workflow}”中找不到规则“{rule}”", $"workflow '{workflow}' has no rule named '{rule}'");

    public static Diagnostic InjectionCycle(string path, string cycle) =>
        Diagnostic.Error("rules.injectionCycle", path, $"WorkflowsToInject 形成了循环：{cycle}", $"WorkflowsToInject forms a cycle: {cycle}");

    public static Diagnostic EvaluateRuleCycle(string path, string cycle) =>
        Diagnostic.Error("rules.evaluateRuleCycle", path, $"EvaluateRule 动作形成了循环：{cycle}", $"EvaluateRule actions form a cycle: {cycle}");

    public static Diagnostic Template(string path, string reason) =>
        Diagnostic.Error("rules.template", path, $"消息模板有误：{reason}", $"the message template is invalid: {reason}");

    public static Diagnostic TemplateName(string path, string name) =>
        Diagnostic.Warning("rules.templateName", path, $"消息模板中的“{name}”不是输入或参数，显示时将为空", $"'{name}' in the message template is not an input or param; it will render as empty text");
}
