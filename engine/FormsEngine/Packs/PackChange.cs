namespace FormsEngine.Packs;

/// <summary>What kind of thing an upgrade changes.</summary>
public enum PackChangeKind
{
    /// <summary>A form was added, removed, or had fields added, removed or changed.</summary>
    Form,

    /// <summary>An eligibility rule was added, removed or changed.</summary>
    Rule,

    /// <summary>A parameter was added, removed, or its type, default or allowed values changed.</summary>
    Parameter,

    /// <summary>An optional part was added, removed or its default changed.</summary>
    Part,

    /// <summary>A decision table changed.</summary>
    Table,

    /// <summary>A workflow changed.</summary>
    Workflow,

    /// <summary>The campaign dates or retention changed.</summary>
    Campaign,
}

/// <summary>One difference between two versions of a pack, in words for staff.</summary>
/// <param name="Kind">What kind of thing changed.</param>
/// <param name="Where">Which one: a form id and field key, a rule name, a parameter name.</param>
/// <param name="TextZh">The change in Chinese, e.g. 新增字段“独居”.</param>
/// <param name="TextEn">The change in English.</param>
public sealed record PackChange(PackChangeKind Kind, string Where, string TextZh, string TextEn);
