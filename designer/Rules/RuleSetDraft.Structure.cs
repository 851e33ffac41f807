using System.Globalization;
using System.Text.Json.Nodes;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Adding, removing, moving and indenting rules. Each returns the rule's new path (null when nothing changed).</summary>
public sealed partial class RuleSetDraft
{
    /// <summary>
    /// Appends a leaf rule with a blank expression to <paramref name="ownerPath"/> (a workflow path such as <c>$</c> or
    /// <c>$[0]</c>, or a group rule). Its name is <paramref name="baseName"/>, numbered when already used in the workflow.
    /// </summary>
    public string? AddRule(string ownerPath, string baseName)
    {
        string? added = null;
        Edit("add rule", null, root =>
        {
            if (Owner(root, ownerPath) is not { } owner || RulePath.Workflow(root, ownerPath) is not { } workflow)
            {
                return false;
            }

            added = Append(owner, ownerPath, new JsonObject { ["RuleName"] = UniqueName(workflow, baseName), ["Expression"] = "" });
            return true;
        });
        return added;
    }

    /// <summary>Appends an And/Or group holding one blank leaf rule to <paramref name="ownerPath"/>.</summary>
    public string? AddGroup(string ownerPath, string baseName, RuleOperatorKind kind, string childBaseName)
    {
        string? added = null;
        Edit("add group", null, root =>
        {
            if (kind == RuleOperatorKind.None || Owner(root, ownerPath) is not { } owner || RulePath.Workflow(root, ownerPath) is not { } workflow)
            {
                return false;
            }

            var name = UniqueName(workflow, baseName);
            var group = new JsonObject { ["RuleName"] = name, ["Operator"] = kind.ToString(), ["Rules"] = new JsonArray() };
            added = Append(owner, ownerPath, group);
            ((JsonArray)group["Rules"]!).Add(new JsonObject { ["RuleName"] = UniqueName(workflow, childBaseName), ["Expression"] = "" });
            return true;
        });
        return added;
    }

    /// <summary>Removes the rule (and whatever it holds).</summary>
    public bool Remove(string path) => Edit("remove", null, root =>
    {
        if (RulePath.Resolve(root, path) is not { } found)
        {
            return false;
        }

        found.Siblings.RemoveAt(found.Index);
        return true;
    });

    /// <summary>Moves the rule up (<paramref name="offset"/> -1) or down (+1) among its siblings.</summary>
    public string? Move(string path, int offset)
    {
        string? moved = null;
        Edit("move", null, root =>
        {
            if (RulePath.Resolve(root, path) is not { } found || found.Index + offset < 0 || found.Index + offset >= found.Siblings.Count || offset == 0)
            {
                return false;
            }

            found.Siblings.RemoveAt(found.Index);
            found.Siblings.Insert(found.Index + offset, found.Rule);
            moved = Sibling(path, found.Index + offset);
            return true;
        });
        return moved;
    }

    /// <summary>Makes the rule the last nested rule of the group just above it; null when the rule above is not a group.</summary>
    public string? Indent(string path)
    {
        string? moved = null;
        Edit("indent", null, root =>
        {
            if (RulePath.Resolve(root, path) is not { } found || found.Index == 0 || found.Siblings[found.Index - 1] is not JsonObject previous
                || RuleJson.Array(previous, "Rules") is not { } children || RuleJson.Get(previous, "Operator") is null)
            {
                return false;
            }

            found.Siblings.RemoveAt(found.Index);
            children.Add(found.Rule);
            var previousPath = Sibling(path, found.Index - 1);
            moved = $"{previousPath}.{RuleJson.Find(previous, "Rules")}[{(children.Count - 1).ToString(CultureInfo.InvariantCulture)}]";
            return true;
        });
        return moved;
    }

    /// <summary>Moves a nested rule out of its group, to just after the group; null for a top-level rule.</summary>
    public string? Outdent(string path)
    {
        var parentPath = ParentPath(path);
        if (parentPath is null)
        {
            return null;
        }

        string? moved = null;
        Edit("outdent", null, root =>
        {
            if (RulePath.Resolve(root, path) is not { } found || RulePath.Resolve(root, parentPath) is not { } parent)
            {
                return false;
            }

            found.Siblings.RemoveAt(found.Index);
            parent.Siblings.Insert(parent.Index + 1, found.Rule);
            moved = Sibling(parentPath, parent.Index + 1);
            return true;
        });
        return moved;
    }

    /// <summary>The path of the group holding the rule at <paramref name="path"/>; null for a top-level rule.</summary>
    public static string? ParentPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cut = path.LastIndexOf('.');
        var parent = cut > 0 ? path[..cut] : null;
        return parent is not null && parent.EndsWith(']') && parent.Contains('.', StringComparison.Ordinal) ? parent : null;
    }

    private static JsonObject? Owner(JsonNode root, string ownerPath) =>
        RulePath.Resolve(root, ownerPath) is { } rule ? rule.Rule : RulePath.Workflow(root, ownerPath) is { } w && IsWorkflowPath(ownerPath) ? w : null;

    private static bool IsWorkflowPath(string path) => path == "$" || (path.StartsWith("$[", StringComparison.Ordinal) && path.EndsWith(']') && !path.Contains('.', StringComparison.Ordinal));

    private static string Append(JsonObject owner, string ownerPath, JsonObject rule)
    {
        var rules = RuleJson.EnsureArray(owner, "Rules");
        rules.Add(rule);
        return $"{ownerPath}.{RuleJson.Find(owner, "Rules")}[{(rules.Count - 1).ToString(CultureInfo.InvariantCulture)}]";
    }

    private static string Sibling(string path, int index) =>
        string.Concat(path.AsSpan(0, path.LastIndexOf('[') + 1), index.ToString(CultureInfo.InvariantCulture), "]");

    private static string UniqueName(JsonObject workflow, string baseName)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(workflow, used);
        if (!used.Contains(baseName))
        {
            return baseName;
        }

        var n = 2;
        while (used.Contains(baseName + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }

        return baseName + n.ToString(CultureInfo.InvariantCulture);

        static void Collect(JsonObject owner, HashSet<string> names)
        {
            foreach (var rule in RuleJson.Array(owner, "Rules")?.OfType<JsonObject>() ?? [])
            {
                if (RuleJson.Text(rule, "RuleName") is { } name)
                {
                    names.Add(name);
                }

                Collect(rule, names);
            }
        }
    }
}
