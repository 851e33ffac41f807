using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Packs;

/// <summary>Workflows (with <c>templateFile</c> inlined), the parameters they declare, and the decision tables they consult.</summary>
public static partial class PackLoader
{
    private static void LoadWorkflowsAndTables(RulePack pack, List<PackProblem> problems)
    {
        var templates = InFolder(pack.Files, "templates/", ".hbs").ToDictionary(f => f.Key["templates/".Length..], f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
        foreach (var (name, source) in templates)
        {
            if (WorkflowTemplate.TryCompile(source, out var error) is null)
            {
                problems.Add(new PackProblem("templates/" + name, Diagnostic.Error("pack.template", null, $"模板有误：{error}", $"the template does not compile: {error}")));
            }
        }

        var tableSources = InFolder(pack.Files, "tables/", ".json").ToDictionary(f => FileId(f.Key), f => (Path: f.Key, Json: Encoding.UTF8.GetString(f.Value)), StringComparer.Ordinal);
        var workflows = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        var tables = new Dictionary<string, DecisionTable>(StringComparer.Ordinal);
        foreach (var (path, bytes) in InFolder(pack.Files, "workflows/", ".json"))
        {
            if (Json(path, bytes, problems) is not { } json || !InlineTemplates(path, json, templates, problems))
            {
                continue;
            }

            var result = WorkflowDefinition.Load(json.ToJsonString());
            problems.AddRange(result.Diagnostics.Select(d => new PackProblem(path, d)));
            if (result.Definition is not { } definition)
            {
                continue;
            }

            var before = problems.Count(p => p.IsError);
            problems.AddRange(definition.ValidateForPublishing().Select(d => new PackProblem(path, d)));
            if (FileId(path) != definition.Id)
            {
                problems.Add(new PackProblem(path, Diagnostic.Error("pack.workflow.fileName", "$.id", $"文件名应与流程编号一致：{definition.Id}.json", $"the file name must match the workflow id: {definition.Id}.json")));
            }

            CheckDeclaredParameters(pack, path, definition, problems);
            if (definition.Trigger is FormSubmittedActivity { Form: { } form } && !pack.Forms.ContainsKey(form))
            {
                problems.Add(new PackProblem(path, Diagnostic.Error("pack.workflow.form", $"$.activities[?(@.id=='{definition.Trigger.Id}')].form", $"规则包中没有表单“{form}”", $"the pack has no form '{form}'")));
            }

            foreach (var activity in definition.ActivityList.OfType<EvaluateRulesActivity>().Where(a => a.RuleId is not null))
            {
                CompileTable(pack, path, definition, activity, tableSources, tables, problems);
            }

            if (problems.Count(p => p.IsError) == before)
            {
                workflows[definition.Id] = definition;
            }
        }

        foreach (var (id, source) in tableSources.Where(t => !tables.ContainsKey(t.Key)))
        {
            problems.Add(new PackProblem(source.Path, Diagnostic.Warning("pack.table.unused", null, $"没有流程使用决策表“{id}”（在 evaluateRules 的 ruleId 中引用）", $"no workflow consults decision table '{id}' (name it as an evaluateRules ruleId)")));
        }

        foreach (var group in pack.Forms.Keys.Select(f => (Form: f, Workflows: workflows.Values.Count(w => w.Trigger is FormSubmittedActivity { Form: var t } && t == f))).Where(g => g.Workflows > 1))
        {
            problems.Add(new PackProblem($"forms/{group.Form}.json", Diagnostic.Error("pack.form.workflows", null, $"表单“{group.Form}”被 {group.Workflows} 个流程触发，只能有一个", $"form '{group.Form}' triggers {group.Workflows} workflows; only one is allowed")));
        }

        pack.Workflows = workflows;
        pack.Tables = tables;
    }

    private static bool InlineTemplates(string path, JsonObject json, Dictionary<string, string> templates, List<PackProblem> problems)
    {
        var ok = true;
        if (json["activities"] is not JsonArray activities)
        {
            return true;
        }

        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i] is JsonObject activity && activity["templateFile"] is JsonValue file && file.TryGetValue<string>(out var name))
            {
                if (templates.TryGetValue(name, out var source))
                {
                    activity.Remove("templateFile");
                    activity["template"] = source;
                }
                else
                {
                    problems.Add(new PackProblem(path, Diagnostic.Error("pack.template.missing", $"$.activities[{i}].templateFile", $"规则包中没有模板 templates/{name}", $"the pack has no template templates/{name}")));
                    ok = false;
                }
            }
        }

        return ok;
    }

    private static void CheckDeclaredParameters(RulePack pack, string path, WorkflowDefinition definition, List<PackProblem> problems)
    {
        if (!definition.Schema.TryGetField("param", out var declared) || declared.Type.Schema is not { } schema)
        {
            return;
        }

        foreach (var field in schema.Fields)
        {
            if (!pack.ParameterSchema.TryGetField(field.Name, out var actual))
            {
                problems.Add(new PackProblem(path, Diagnostic.Error("pack.workflow.param", $"$.parameters.{field.Name}", $"规则包没有参数“{field.Name}”", $"the pack has no parameter '{field.Name}'")));
            }
            else if (actual.Type != field.Type)
            {
                problems.Add(new PackProblem(path, Diagnostic.Error("pack.workflow.paramType", $"$.parameters.{field.Name}",
                    $"参数“{field.Name}”在规则包中是{actual.Type.DisplayNameZh}，这里声明为{field.Type.DisplayNameZh}", $"parameter '{field.Name}' is {actual.Type.DisplayNameEn} in the pack but declared {field.Type.DisplayNameEn} here")));
            }
        }
    }

    private static void CompileTable(RulePack pack, string path, WorkflowDefinition definition, EvaluateRulesActivity activity,
        Dictionary<string, (string Path, string Json)> sources, Dictionary<string, DecisionTable> tables, List<PackProblem> problems)
    {
        var id = activity.RuleId!;
        if (!sources.TryGetValue(id, out var source))
        {
            problems.Add(new PackProblem(path, Diagnostic.Error("pack.table.missing", $"$.activities[?(@.id=='{activity.Id}')].ruleId", $"规则包中没有决策表 tables/{id}.json", $"the pack has no decision table tables/{id}.json")));
            return;
        }

        if (tables.ContainsKey(id))
        {
            return;
        }

        definition.Schema.TryGetField("input", out var input);
        var schema = ExpressionSchema.Create()
            .Field("input1", input!.Type)
            .Field("param", ExpressionType.Record(pack.ParameterSchema));
        var compilation = DecisionTable.Compile(source.Json, schema);
        problems.AddRange(compilation.Diagnostics.Select(d => new PackProblem(source.Path, d)));
        if (compilation.Table is { } table)
        {
            tables[id] = table;
        }
    }
}
