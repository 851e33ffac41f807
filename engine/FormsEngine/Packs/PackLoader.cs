using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Packs.Cases;
using FormsEngine.Packs.Loading;
using FormsEngine.Rules;

namespace FormsEngine.Packs;

/// <summary>
/// Loads and fully checks a rule pack (a folder or a .zip): the files are safe and, for a built zip, untampered; the
/// manifest is valid; every form loads and its expressions compile; every rule set compiles against its form's answers
/// and the declared parameters (<c>param.minAge</c> is type-checked); every decision table compiles against the input
/// of the workflow that consults it; every workflow loads, declares only parameters the manifest has, and references
/// only the pack's forms, tables and templates; every golden case refers to what exists. All problems come back at once,
/// each with its file and JSON path. Running the golden cases is <see cref="Cases.PackCaseRunner"/>'s job.
/// </summary>
public static partial class PackLoader
{
    /// <summary>The manifest file.</summary>
    public const string ManifestFile = "pack.json";

    private static readonly string[] Folders = ["forms/", "rules/", "tables/", "workflows/", "templates/", "cases/"];

    /// <summary>Loads the pack folder or .zip at <paramref name="path"/>.</summary>
    public static PackLoadResult Load(string path)
    {
        var problems = new List<PackProblem>();
        var files = PackFileSet.Read(path, problems);
        return files is null ? new PackLoadResult(null, problems) : Load(files, problems);
    }

    /// <summary>Loads a pack .zip from <paramref name="zip"/> (an upload), with the same checks and limits.</summary>
    public static PackLoadResult LoadZip(Stream zip)
    {
        var problems = new List<PackProblem>();
        var files = PackFileSet.ReadZip(zip, problems);
        return files is null ? new PackLoadResult(null, problems) : Load(files, problems);
    }

    /// <summary>Loads a pack from its files (path → bytes), e.g. a version stored in the database.</summary>
    public static PackLoadResult Load(IEnumerable<KeyValuePair<string, byte[]>> files) => Load(PackFileSet.FromFiles(files), []);

    private static PackLoadResult Load(PackFileSet set, List<PackProblem> problems)
    {
        var files = set.Files;
        PackContentHash.Verify(files, problems);
        if (!files.TryGetValue(ManifestFile, out var manifestBytes))
        {
            problems.Add(PackFileSet.Problem(ManifestFile, "pack.manifest.missing", "缺少 pack.json：规则包的根目录必须有清单文件", "pack.json is missing: the pack's root must hold its manifest"));
            return new PackLoadResult(null, problems);
        }

        var manifestDiagnostics = new List<Diagnostic>();
        var manifest = Json(ManifestFile, manifestBytes, problems) is { } manifestJson ? PackManifestReader.Read(manifestJson, manifestDiagnostics) : null;
        problems.AddRange(manifestDiagnostics.Select(d => new PackProblem(ManifestFile, d)));
        if (manifest is null)
        {
            return new PackLoadResult(null, problems);
        }

        foreach (var path in files.Keys.Where(p => p != ManifestFile && p != PackContentHash.IntegrityFile && !p.EndsWith(".md", StringComparison.Ordinal) && !Folders.Any(f => p.StartsWith(f, StringComparison.Ordinal))))
        {
            problems.Add(new PackProblem(path, Diagnostic.Warning("pack.file.unused", null, "规则包不使用此文件（放在 forms/、rules/、tables/、workflows/、templates/ 或 cases/ 下）", "the pack does not use this file (put it under forms/, rules/, tables/, workflows/, templates/ or cases/)")));
        }

        var pack = new RulePack(manifest, PackContentHash.Compute(files), files);
        var forms = LoadForms(files, problems);
        pack.Forms = forms;
        LoadRuleSets(pack, forms, problems);
        LoadWorkflowsAndTables(pack, problems);
        CheckParts(manifest, forms, problems);
        var cases = new List<PackCase>();
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("cases/", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            if (Json(path, bytes, problems) is { } json)
            {
                cases.AddRange(PackCaseReader.Read(path, json, manifest, forms.Keys.ToList(), problems));
            }
        }

        pack.Cases = cases;
        return new PackLoadResult(problems.Any(p => p.IsError) ? null : pack, problems);
    }

    private static Dictionary<string, CompiledForm> LoadForms(SortedDictionary<string, byte[]> files, List<PackProblem> problems)
    {
        var forms = new Dictionary<string, CompiledForm>(StringComparer.Ordinal);
        foreach (var (path, bytes) in InFolder(files, "forms/", ".json"))
        {
            var result = FormDefinition.Load(bytes);
            problems.AddRange(result.Diagnostics.Select(d => new PackProblem(path, d)));
            if (result.Form is not { } form)
            {
                continue;
            }

            var compiled = CompiledForm.Compile(form);
            problems.AddRange(compiled.Diagnostics.Where(d => !result.Diagnostics.Contains(d)).Select(d => new PackProblem(path, d)));
            if (FileId(path) != form.Id)
            {
                problems.Add(new PackProblem(path, Diagnostic.Error("pack.form.fileName", "$.id", $"文件名应与表单编号一致：{form.Id}.json", $"the file name must match the form id: {form.Id}.json")));
            }
            else if (compiled.Succeeded)
            {
                forms[form.Id] = compiled;
            }
        }

        return forms;
    }

    private static void LoadRuleSets(RulePack pack, Dictionary<string, CompiledForm> forms, List<PackProblem> problems)
    {
        var sources = InFolder(pack.Files, "rules/", ".json").ToDictionary(f => FileId(f.Key), f => (Path: f.Key, Json: Encoding.UTF8.GetString(f.Value)), StringComparer.Ordinal);
        var ruleSets = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in forms.Values.Where(f => f.Form.Eligibility is not null))
        {
            var eligibility = form.Form.Eligibility!;
            if (!sources.TryGetValue(eligibility.RuleSet, out var source))
            {
                problems.Add(new PackProblem($"forms/{form.Form.Id}.json", Diagnostic.Error("pack.ruleSet.missing", "$.eligibility.ruleSet",
                    $"规则包中没有规则集 rules/{eligibility.RuleSet}.json", $"the pack has no rule set rules/{eligibility.RuleSet}.json")));
                continue;
            }

            var compilation = RuleSet.Compile(source.Json, new RuleSetOptions { Inputs = pack.RuleInputs(form) });
            problems.AddRange(compilation.Diagnostics.Select(d => new PackProblem(source.Path, d)));
            if (compilation.RuleSet is not { } ruleSet)
            {
                continue;
            }

            if (eligibility.Workflow is { } name && !ruleSet.TryGetWorkflow(name, out _))
            {
                problems.Add(new PackProblem($"forms/{form.Form.Id}.json", Diagnostic.Error("pack.ruleSet.workflow", "$.eligibility.workflow",
                    $"规则集 {eligibility.RuleSet} 中没有“{name}”", $"rule set {eligibility.RuleSet} has no workflow '{name}'")));
                continue;
            }

            ruleSets[form.Form.Id] = ruleSet;
            used[form.Form.Id] = source.Json;
        }

        foreach (var (id, source) in sources.Where(s => !forms.Values.Any(f => f.Form.Eligibility?.RuleSet == s.Key)))
        {
            problems.Add(new PackProblem(source.Path, Diagnostic.Warning("pack.ruleSet.unused", null, $"没有表单使用规则集“{id}”（在表单的 eligibility.ruleSet 中引用）", $"no form uses rule set '{id}' (name it in a form's eligibility.ruleSet)")));
        }

        pack.RuleSets = ruleSets;
        pack.RuleSetSources = used;
    }

    private static void CheckParts(PackManifest manifest, Dictionary<string, CompiledForm> forms, List<PackProblem> problems)
    {
        for (var i = 0; i < manifest.Parts.Count; i++)
        {
            foreach (var form in manifest.Parts[i].Forms.Where(f => !forms.ContainsKey(f)))
            {
                problems.Add(new PackProblem(ManifestFile, Diagnostic.Error("pack.part.form", $"$.parts[{i}].forms", $"规则包中没有表单“{form}”", $"the pack has no form '{form}'")));
            }
        }
    }

    internal static IEnumerable<KeyValuePair<string, byte[]>> InFolder(SortedDictionary<string, byte[]> files, string folder, string extension) =>
        files.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal) && f.Key.EndsWith(extension, StringComparison.Ordinal) && f.Key.IndexOf('/', folder.Length) < 0);

    internal static string FileId(string path) => Path.GetFileNameWithoutExtension(path);

    internal static JsonObject? Json(string path, byte[] bytes, List<PackProblem> problems)
    {
        try
        {
            if (JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) is JsonObject json)
            {
                return json;
            }

            problems.Add(new PackProblem(path, Diagnostic.Error("pack.json.notObject", "$", "文件内容必须是 JSON 对象", "the file must hold a JSON object")));
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            problems.Add(new PackProblem(path, Diagnostic.Error("pack.json.syntax", e.Path ?? "$",
                $"JSON 格式错误（第 {line} 行，第 {column} 列）", $"invalid JSON at line {line}, column {column}") with { Line = line, Column = column }));
        }

        return null;
    }
}
