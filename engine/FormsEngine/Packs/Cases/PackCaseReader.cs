using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Packs.Cases;

/// <summary>Reads <c>cases/*.json</c>, checking each case refers to a form, parameters and parts the pack has.</summary>
internal static class PackCaseReader
{
    public static List<PackCase> Read(string file, JsonObject json, PackManifest manifest, ICollection<string> formIds, List<PackProblem> problems)
    {
        var cases = new List<PackCase>();
        void Error(string path, string zh, string en) => problems.Add(new PackProblem(file, Diagnostic.Error("pack.case", path, zh, en)));

        if (json["cases"] is not JsonArray array || array.Count == 0)
        {
            Error("$.cases", "cases 必须是非空数组", "cases must be a non-empty array");
            return cases;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.cases[{i}]";
            if (array[i] is not JsonObject item)
            {
                Error(path, "用例必须是对象", "a case must be an object");
                continue;
            }

            var name = item["name"] is JsonValue n && n.TryGetValue<string>(out var nameText) ? nameText : null;
            var form = item["form"] is JsonValue f && f.TryGetValue<string>(out var formText) ? formText : null;
            var before = problems.Count;
            if (name is null)
            {
                Error(path + ".name", "缺少用例名称 name", "name is missing");
            }

            if (form is null || !formIds.Contains(form))
            {
                Error(path + ".form", $"规则包中没有表单“{form}”", $"the pack has no form '{form}'");
            }

            if (item["answers"] is not JsonObject answers)
            {
                Error(path + ".answers", "answers 必须是对象", "answers must be an object");
                continue;
            }

            var parameters = item["params"] as JsonObject ?? [];
            if (item["parts"] is JsonObject parts)
            {
                foreach (var (part, on) in parts)
                {
                    if (manifest.Parts.Any(p => p.Id == part))
                    {
                        parameters[PackPart.ParameterPrefix + part] = on?.DeepClone();
                    }
                    else
                    {
                        Error($"{path}.parts.{part}", $"规则包没有可选部分“{part}”", $"the pack has no optional part '{part}'");
                    }
                }
            }

            foreach (var problem in PackConfiguration.CheckOverrides(manifest, parameters))
            {
                problems.Add(new PackProblem(file, problem with { Path = path + ".params" + problem.Path![1..] }));
            }

            DateOnly today = new(2026, 12, 1);
            if (item["today"] is { } t && (t is not JsonValue tv || !tv.TryGetValue<string>(out var ts)
                || !DateOnly.TryParseExact(ts, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today)))
            {
                Error(path + ".today", "today 应写成 yyyy-MM-dd", "today must be yyyy-MM-dd");
            }

            var expect = ReadExpectation(item["expect"], path + ".expect", Error);
            if (problems.Count > before || expect is null)
            {
                continue;
            }

            cases.Add(new PackCase(file, i, name!, form!, (JsonObject)answers.DeepClone(), expect)
            {
                Today = today,
                Building = item["building"]?.ToString(),
                Params = (JsonObject)parameters.DeepClone(),
                Decisions = Strings(item["decisions"]) ?? [],
            });
        }

        return cases;
    }

    private static PackCaseExpectation? ReadExpectation(JsonNode? node, string path, Action<string, string, string> error)
    {
        if (node is not JsonObject expect)
        {
            error(path, "expect 必须是对象", "expect must be an object");
            return null;
        }

        var outcome = expect["outcome"]?.ToString();
        if (outcome is not null and not ("eligible" or "ineligible"))
        {
            error(path + ".outcome", "outcome 只能是 eligible 或 ineligible", "outcome must be eligible or ineligible");
            return null;
        }

        return new PackCaseExpectation
        {
            Valid = expect["valid"] is not JsonValue v || !v.TryGetValue<bool>(out var valid) || valid,
            Errors = Strings(expect["errors"]) ?? [],
            Outcome = outcome,
            Explanation = Strings(expect["explanation"]) ?? [],
            Events = Strings(expect["events"]),
            Route = Strings(expect["route"]),
            Status = expect["status"]?.ToString(),
            Values = expect["values"] is JsonObject values ? (JsonObject)values.DeepClone() : [],
        };
    }

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(x => x?.ToString() ?? "")] : null;
}
