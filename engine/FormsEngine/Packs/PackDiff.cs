using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Packs;

/// <summary>
/// What a new pack version changes for a community: fields added, removed or changed per form; eligibility rules
/// added, removed or changed (by rule name); parameters and parts added, removed or changed; tables, workflows and
/// campaign dates that differ.
/// </summary>
public static class PackDiff
{
    /// <summary>Every change from <paramref name="before"/> to <paramref name="after"/>, forms first.</summary>
    public static IReadOnlyList<PackChange> Compare(RulePack before, RulePack after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<PackChange>();
        CompareForms(before, after, changes);
        CompareRules(before, after, changes);
        CompareParameters(before.Manifest, after.Manifest, changes);
        CompareParts(before.Manifest, after.Manifest, changes);
        CompareById(PackChangeKind.Table, "决策表", "decision table", before.Tables.ToDictionary(t => t.Key, t => Source(before, "tables/", t.Key)), after.Tables.ToDictionary(t => t.Key, t => Source(after, "tables/", t.Key)), changes);
        CompareById(PackChangeKind.Workflow, "流程", "workflow", before.Workflows.ToDictionary(w => w.Key, w => w.Value.ToJson()), after.Workflows.ToDictionary(w => w.Key, w => w.Value.ToJson()), changes);
        if (before.Manifest.Campaign != after.Manifest.Campaign || before.Manifest.RetentionDays != after.Manifest.RetentionDays)
        {
            var a = after.Manifest.Campaign;
            changes.Add(new PackChange(PackChangeKind.Campaign, "campaign", $"活动日期或保存期限改为 {a?.Start:yyyy-MM-dd}–{a?.End:yyyy-MM-dd}，保存 {after.Manifest.RetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "默认"} 天",
                $"campaign dates or retention changed to {a?.Start:yyyy-MM-dd}–{a?.End:yyyy-MM-dd}, {after.Manifest.RetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"} days"));
        }

        return changes;
    }

    private static void CompareForms(RulePack before, RulePack after, List<PackChange> changes)
    {
        foreach (var id in before.Forms.Keys.Union(after.Forms.Keys).Order(StringComparer.Ordinal))
        {
            var (old, now) = (before.Forms.GetValueOrDefault(id)?.Form, after.Forms.GetValueOrDefault(id)?.Form);
            if (old is null)
            {
                changes.Add(new PackChange(PackChangeKind.Form, id, $"新增表单“{now!.Title.Zh}”", $"new form '{now.Title.EnOrZh}'"));
            }
            else if (now is null)
            {
                changes.Add(new PackChange(PackChangeKind.Form, id, $"删除表单“{old.Title.Zh}”（将停止接收）", $"form '{old.Title.EnOrZh}' removed (it stops taking submissions)"));
            }
            else
            {
                foreach (var field in FormDiff.Compare(old.ToJson(), now.ToJson()))
                {
                    var (zh, en) = field.Kind switch
                    {
                        FormChangeKind.Added => ($"新增字段“{field.Label}”", $"field '{field.Key}' added"),
                        FormChangeKind.Removed => ($"删除字段“{field.Label}”", $"field '{field.Key}' removed"),
                        _ => ($"字段“{field.Label}”修改了 {string.Join("、", field.Properties)}", $"field '{field.Key}' changed: {string.Join(", ", field.Properties)}"),
                    };
                    changes.Add(new PackChange(PackChangeKind.Form, $"{id}.{field.Key}", zh, en));
                }
            }
        }
    }

    private static void CompareRules(RulePack before, RulePack after, List<PackChange> changes)
    {
        foreach (var formId in before.RuleSetSources.Keys.Union(after.RuleSetSources.Keys).Order(StringComparer.Ordinal))
        {
            var old = Rules(before.RuleSetSources.GetValueOrDefault(formId));
            var now = Rules(after.RuleSetSources.GetValueOrDefault(formId));
            foreach (var name in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
            {
                var (a, b) = (old.GetValueOrDefault(name), now.GetValueOrDefault(name));
                if (a is null)
                {
                    changes.Add(new PackChange(PackChangeKind.Rule, $"{formId}: {name}", $"新增规则“{name}”", $"rule '{name}' added"));
                }
                else if (b is null)
                {
                    changes.Add(new PackChange(PackChangeKind.Rule, $"{formId}: {name}", $"删除规则“{name}”", $"rule '{name}' removed"));
                }
                else if (!JsonNode.DeepEquals(a, b))
                {
                    changes.Add(new PackChange(PackChangeKind.Rule, $"{formId}: {name}", $"规则“{name}”的条件或说明有修改", $"rule '{name}' changed"));
                }
            }
        }
    }

    private static void CompareParameters(PackManifest before, PackManifest after, List<PackChange> changes)
    {
        foreach (var name in before.Parameters.Select(p => p.Name).Union(after.Parameters.Select(p => p.Name)))
        {
            var (a, b) = (before.FindParameter(name), after.FindParameter(name));
            if (a is null)
            {
                changes.Add(new PackChange(PackChangeKind.Parameter, name, $"新增参数“{b!.Description.Zh}”（默认 {PackParameter.Json(b.Default)}）", $"parameter '{name}' added (default {PackParameter.Json(b.Default)})"));
            }
            else if (b is null)
            {
                changes.Add(new PackChange(PackChangeKind.Parameter, name, $"删除参数“{a.Description.Zh}”（本社区的设置将不再生效）", $"parameter '{name}' removed (overrides no longer apply)"));
            }
            else if (a.Type != b.Type || !JsonNode.DeepEquals(a.Default, b.Default) || a.AllowedText != b.AllowedText)
            {
                changes.Add(new PackChange(PackChangeKind.Parameter, name,
                    $"参数“{b.Description.Zh}”：默认 {PackParameter.Json(a.Default)} → {PackParameter.Json(b.Default)}，允许 {a.AllowedText} → {b.AllowedText}",
                    $"parameter '{name}': default {PackParameter.Json(a.Default)} → {PackParameter.Json(b.Default)}, allowed {a.AllowedText} → {b.AllowedText}"));
            }
        }
    }

    private static void CompareParts(PackManifest before, PackManifest after, List<PackChange> changes)
    {
        foreach (var id in before.Parts.Select(p => p.Id).Union(after.Parts.Select(p => p.Id)))
        {
            var (a, b) = (before.Parts.FirstOrDefault(p => p.Id == id), after.Parts.FirstOrDefault(p => p.Id == id));
            if (a is null || b is null || a.Default != b.Default)
            {
                var name = (b ?? a)!.Name.Zh;
                changes.Add(new PackChange(PackChangeKind.Part, id,
                    a is null ? $"新增可选部分“{name}”" : b is null ? $"删除可选部分“{name}”" : $"可选部分“{name}”默认改为{(b.Default ? "开启" : "关闭")}",
                    a is null ? $"optional part '{id}' added" : b is null ? $"optional part '{id}' removed" : $"optional part '{id}' now defaults to {(b.Default ? "on" : "off")}"));
            }
        }
    }

    private static void CompareById(PackChangeKind kind, string zh, string en, Dictionary<string, string> before, Dictionary<string, string> after, List<PackChange> changes)
    {
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (a, b) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            if (a != b)
            {
                changes.Add(new PackChange(kind, id,
                    a is null ? $"新增{zh}“{id}”" : b is null ? $"删除{zh}“{id}”" : $"{zh}“{id}”有修改",
                    a is null ? $"{en} '{id}' added" : b is null ? $"{en} '{id}' removed" : $"{en} '{id}' changed"));
            }
        }
    }

    private static string Source(RulePack pack, string folder, string id) =>
        System.Text.Encoding.UTF8.GetString(pack.Files.GetValueOrDefault($"{folder}{id}.json") ?? []);

    private static Dictionary<string, JsonNode> Rules(string? json)
    {
        var rules = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var workflows = (json is null ? null : JsonNode.Parse(json)) switch
        {
            JsonArray array => array,
            JsonObject document => new JsonArray(document.DeepClone()),
            _ => [],
        };
        foreach (var workflow in workflows.OfType<JsonObject>())
        {
            foreach (var rule in (workflow["Rules"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (rule["RuleName"]?.ToString() is { } name)
                {
                    rules[name] = rule;
                }
            }
        }

        return rules;
    }
}
