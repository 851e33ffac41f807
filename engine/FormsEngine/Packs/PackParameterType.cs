namespace FormsEngine.Packs;

/// <summary>The type of a rule-pack parameter, as written in <c>pack.json</c>.</summary>
public enum PackParameterType
{
    /// <summary><c>integer</c>: a whole number, with optional <c>min</c>/<c>max</c>.</summary>
    WholeNumber,

    /// <summary><c>number</c>: a number, with optional <c>min</c>/<c>max</c>.</summary>
    Number,

    /// <summary><c>text</c>: a string, with optional <c>values</c> and <c>maxLength</c>.</summary>
    Text,

    /// <summary><c>choice</c>: one of <c>values</c>.</summary>
    Choice,

    /// <summary><c>role</c>: a staff role (街道管理员, 社区管理员, 社区工作人员, 网格员), optionally narrowed by <c>values</c>.</summary>
    Role,

    /// <summary><c>boolean</c>: true or false.</summary>
    Boolean,

    /// <summary><c>date</c>: <c>yyyy-MM-dd</c>, with optional <c>min</c>/<c>max</c>.</summary>
    Date,
}
