namespace FormsEngine.Workflows.Seams;

/// <summary>Who a task is for: one person (a staff account or a resident) or a role (anyone holding it).</summary>
/// <param name="Kind">Person or role.</param>
/// <param name="Id">The account id or role name, e.g. <c>wang.li</c> or <c>社区工作人员</c>.</param>
/// <param name="DisplayName">The name shown to staff, e.g. 王丽 (网格员).</param>
public sealed record Assignee(AssigneeKind Kind, string Id, string DisplayName);

/// <summary>The kind of <see cref="Assignee"/>.</summary>
public enum AssigneeKind
{
    /// <summary>One named person.</summary>
    Person,

    /// <summary>Anyone holding the role.</summary>
    Role,
}
