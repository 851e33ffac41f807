using System.Collections.Frozen;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;
using FormsEngine.Host.Hosting;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Forms;

/// <summary>
/// The form definitions found under <c>rulepacks/forms</c>, loaded and analysed once at start-up. A file that does
/// not load, or whose expressions do not compile, is
/// kept out of the catalog and its diagnostics are logged and listed, so one bad file never stops the host.
/// </summary>
internal sealed class FormCatalog
{
    private readonly FrozenDictionary<string, FormDefinition> _forms;

    public FormCatalog(IOptions<FormsEngineHostOptions> options, IHostEnvironment environment, ILogger<FormCatalog> logger)
    {
        var settings = options.Value;
        RootPath = RulePacksLocator.Locate(settings.RulePacksPath, environment.ContentRootPath);
        var forms = new Dictionary<string, FormDefinition>(StringComparer.Ordinal);
        var problems = new List<FormFileProblem>();
        if (RootPath is null)
        {
            logger.LogWarning("No rulepacks folder found (configured: {Configured}); the catalog is empty", settings.RulePacksPath);
        }
        else
        {
            Load(Path.Combine(RootPath, "forms"), settings.MaxFormBytes, forms, problems, logger);
        }

        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        Problems = problems;
    }

    /// <summary>The rule packs folder in use, or null when none was found.</summary>
    public string? RootPath { get; }

    /// <summary>Files that did not load, with their diagnostics.</summary>
    public IReadOnlyList<FormFileProblem> Problems { get; }

    /// <summary>Every loaded form, ordered by id.</summary>
    public IEnumerable<FormDefinition> All => _forms.Values.OrderBy(f => f.Id, StringComparer.Ordinal);

    public FormDefinition? Find(string id) => _forms.GetValueOrDefault(id);

    private static void Load(string folder, int maxBytes, Dictionary<string, FormDefinition> forms, List<FormFileProblem> problems, ILogger logger)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var loadOptions = new FormLoadOptions { MaxDocumentBytes = maxBytes };
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            using var stream = File.OpenRead(file);
            var result = FormDefinition.Load(stream, loadOptions);
            var analysis = result.Form is null ? null : FormAnalyzer.Analyze(result.Form);
            if (result.Form is null || !analysis!.Succeeded)
            {
                var diagnostics = analysis?.Diagnostics ?? result.Diagnostics;
                problems.Add(new FormFileProblem(relative, diagnostics));
                logger.LogError("Form file {File} did not load: {Problems}", relative, string.Join("; ", diagnostics));
            }
            else if (!forms.TryAdd(result.Form.Id, result.Form))
            {
                var duplicate = Diagnostic.Error("catalog.duplicateId", "$.id", $"表单编号“{result.Form.Id}”已被其他文件使用", $"form id '{result.Form.Id}' is already used by another file");
                problems.Add(new FormFileProblem(relative, [duplicate]));
                logger.LogError("Form file {File} repeats form id {Id}", relative, result.Form.Id);
            }
        }
    }
}

/// <summary>A form file that did not load.</summary>
internal sealed record FormFileProblem(string File, IReadOnlyList<Diagnostic> Diagnostics);
