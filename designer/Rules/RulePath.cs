using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Finds a rule in rule-set JSON by its JSON path (<c>$[0].Rules[2].Rules[1]</c> or <c>$.Rules[0]</c>).</summary>
internal static partial class RulePath
{
    /// <summary>The rule's sibling array, its index there and the rule itself; null when the path does not lead to a rule.</summary>
    public static (JsonArray Siblings, int Index, JsonObject Rule)? Resolve(JsonNode root, string path)
    {
        var match = Shape().Match(path);
        if (!match.Success)
        {
            return null;
        }

        JsonObject? owner = match.Groups["wf"].Success
            ? root is JsonArray array && Index(match.Groups["wf"].Value) is var w && w < array.Count ? array[w] as JsonObject : null
            : root as JsonObject;
        (JsonArray, int, JsonObject)? found = null;
        foreach (Capture capture in match.Groups["rule"].Captures)
        {
            var i = Index(capture.Value);
            if (owner is null || RuleJson.Array(owner, "Rules") is not { } rules || i >= rules.Count || rules[i] is not JsonObject rule)
            {
                return null;
            }

            found = (rules, i, rule);
            owner = rule;
        }

        return found;
    }

    /// <summary>The workflow object that <paramref name="path"/> (a workflow or rule path) belongs to.</summary>
    public static JsonObject? Workflow(JsonNode root, string path)
    {
        var match = WorkflowShape().Match(path);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["wf"].Success
            ? root is JsonArray array && Index(match.Groups["wf"].Value) is var w && w < array.Count ? array[w] as JsonObject : null
            : root as JsonObject;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> or lies inside it.</summary>
    public static bool IsWithin(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');

    private static int Index(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\$(?:\[(?<wf>\d+)\])?(?:\.[Rr][Uu][Ll][Ee][Ss]\[(?<rule>\d+)\])+$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\$(?:\[(?<wf>\d+)\])?")]
    private static partial Regex WorkflowShape();
}
