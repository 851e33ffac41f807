using System.Text.Json.Nodes;
using FormsEngine.Designer.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace FormsEngine.Designer.WorkflowEditing.Editors;

/// <summary>
/// The base of every step editor: the step's JSON in, the changed JSON out through <see cref="JsonChanged"/>, and the
/// workflow's input fields for template previews. Editors keep unknown properties: they change only what they show.
/// </summary>
public abstract class StepEditorBase : ComponentBase
{
    private string? _parsed;

    /// <summary>The step's JSON.</summary>
    [Parameter]
    public string Json { get; set; } = "{}";

    /// <summary>Called with the step's new JSON after every change.</summary>
    [Parameter]
    public EventCallback<string> JsonChanged { get; set; }

    /// <summary>The workflow's input fields (name → type), for previews and hints.</summary>
    [Parameter]
    public IReadOnlyList<KeyValuePair<string, string>> Input { get; set; } = [];

    [Inject]
    protected IStringLocalizer<WorkflowsText> T { get; set; } = default!;

    /// <summary>The step being edited (a private copy of <see cref="Json"/>).</summary>
    protected JsonObject Step { get; private set; } = [];

    /// <summary>A stable prefix for data-testid attributes: the step's id.</summary>
    protected string StepId => StepJson.Text(Step, "id") ?? "";

    protected override void OnParametersSet()
    {
        if (Json != _parsed)
        {
            Step = StepJson.Parse(Json);
            _parsed = Json;
        }
    }

    /// <summary>The text of a property, or empty.</summary>
    protected string Text(string name) => StepJson.Text(Step, name) ?? "";

    /// <summary>Sets a text property (removed when blank) and reports the change.</summary>
    protected Task SetAsync(string name, string? value)
    {
        StepJson.SetText(Step, name, value);
        return EmitAsync();
    }

    /// <summary>Reports the step's JSON after a change made to <see cref="Step"/>.</summary>
    protected Task EmitAsync()
    {
        _parsed = StepJson.Write(Step);
        return JsonChanged.InvokeAsync(_parsed);
    }
}
