using System.Text.Json.Nodes;

namespace FormsEngine.Rules.Loading;

/// <summary>A workflow as read from a RulesEngine rule file, before compilation. Paths are JSON paths into the file.</summary>
internal sealed record WorkflowModel(
    string Path,
    string Name,
    IReadOnlyList<(string Name, string Path)> WorkflowsToInject,
    IReadOnlyList<ParamModel> GlobalParams,
    IReadOnlyList<RuleModel> Rules);

/// <summary>A named value (<c>GlobalParams</c>, <c>LocalParams</c>, or an <c>EvaluateRule</c> additional input).</summary>
internal sealed record ParamModel(string Path, string Name, string Expression, string ExpressionPath);

/// <summary>How a rule's <c>Expression</c> is written.</summary>
internal enum RuleExpressionKind
{
    /// <summary>The FormsEngine expression language (RulesEngine's <c>LambdaExpression</c>).</summary>
    Lambda,

    /// <summary>ES5 run in the Jint sandbox.</summary>
    JavaScript,
}

/// <summary>How a parent rule combines its children.</summary>
internal enum RuleOperator
{
    None,
    And,
    Or,
}

/// <summary>One rule as read from the file.</summary>
internal sealed record RuleModel(string Path, string Name)
{
    public string? Expression { get; init; }

    public string ExpressionPath { get; init; } = "";

    public RuleExpressionKind Kind { get; init; }

    public RuleOperator Operator { get; init; }

    public IReadOnlyList<ParamModel> LocalParams { get; init; } = [];

    public string? SuccessEvent { get; init; }

    public TemplateModel? SuccessMessage { get; init; }

    public TemplateModel? ErrorMessage { get; init; }

    public bool Enabled { get; init; } = true;

    public JsonObject? Properties { get; init; }

    public ActionModel? OnSuccess { get; init; }

    public ActionModel? OnFailure { get; init; }

    public IReadOnlyList<RuleModel> Rules { get; init; } = [];
}

/// <summary>A message template and where it sits in the file.</summary>
internal sealed record TemplateModel(string Path, string Text);

/// <summary>An <c>Actions.OnSuccess</c> / <c>Actions.OnFailure</c> entry.</summary>
internal sealed record ActionModel(string Path, string Name, JsonObject? Context);
