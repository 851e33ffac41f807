using FormsEngine.Diagnostics;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Host.Workflows;

/// <summary>The workflow definitions found under <c>rulepacks/workflows</c> and what happened when they were published.</summary>
internal sealed class WorkflowCatalog
{
    private readonly List<WorkflowDefinition> _published = [];
    private readonly List<WorkflowFileProblem> _problems = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<WorkflowDefinition> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)];
            }
        }
    }

    public IReadOnlyList<WorkflowFileProblem> Problems
    {
        get
        {
            lock (_gate)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>The ids of the workflows started by a submission of <paramref name="formId"/> (trigger <c>formSubmitted</c> with that form).</summary>
    public IReadOnlyList<string> TriggeredBy(string formId)
    {
        lock (_gate)
        {
            return [.. _published
                .Where(d => d.Trigger is FormsEngine.Workflows.Activities.FormSubmittedActivity { Form: { } form } && form == formId)
                .Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Adds a published version (replacing the same id and version when listed already).</summary>
    public void AddPublished(WorkflowDefinition definition)
    {
        lock (_gate)
        {
            _published.RemoveAll(d => d.Id == definition.Id && d.Version == definition.Version);
            _published.Add(definition);
        }
    }

    /// <summary>
    /// Adds the versions published from the studio (they are in no file; the catalog's forms that trigger and the API's
    /// list need them too): at start-up, and when another node published one.
    /// </summary>
    public void AddStudioVersions(IReadOnlyList<DefinitionRow> rows)
    {
        foreach (var row in rows.Where(r => Studio.Workflows.StudioPublication.IsFromStudio(r.Json)))
        {
            if (WorkflowDefinition.Load(row.Json).Definition is { } definition)
            {
                AddPublished(definition);
            }
        }
    }

    public void AddProblem(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _problems.Add(new WorkflowFileProblem(file, diagnostics));
        }
    }
}

/// <summary>A workflow file that could not be published.</summary>
internal sealed record WorkflowFileProblem(string File, IReadOnlyList<Diagnostic> Diagnostics);
