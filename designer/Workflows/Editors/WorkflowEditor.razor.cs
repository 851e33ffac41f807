using FormsEngine.Designer.Studio;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace FormsEngine.Designer.WorkflowEditing.Editors;

/// <summary>The editor's state: the draft made from <see cref="Json"/>, the selection and the engine's diagnostics.</summary>
public sealed partial class WorkflowEditor : IDisposable
{
    private WorkflowDraft? _draft;
    private string? _loadError;
    private string? _lastJson;
    private string? _selectedId;
    private string _newType = StepTypes.AssignTask;
    private IReadOnlyList<StepDraft> _steps = [];
    private IReadOnlyList<WorkflowDiagnostic> _diagnostics = [];
    private int _errors;

    /// <summary>The workflow's JSON.</summary>
    [Parameter, EditorRequired]
    public string Json { get; set; } = "";

    /// <summary>Called with the workflow's JSON after every change, undo and redo.</summary>
    [Parameter]
    public EventCallback<string> JsonChanged { get; set; }

    /// <summary>Called with the diagnostics after every change (the page enables publishing from them).</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<WorkflowDiagnostic>> DiagnosticsChanged { get; set; }

    /// <summary>True to show the workflow without letting it change (a role that may not publish).</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    private IReadOnlyList<Choice> AddableTypes => StepTypes.Addable.Select(t => new Choice(t, TypeName(t))).ToList();

    public void Dispose()
    {
        if (_draft is not null)
        {
            _draft.Changed -= OnDraftChanged;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Json == _lastJson)
        {
            return;
        }

        Dispose();
        _lastJson = Json;
        _draft = WorkflowDraft.TryLoad(Json, out var zh, out var en);
        _loadError = StudioCulture.IsEnglish ? en : zh;
        if (_draft is not null)
        {
            _draft.Changed += OnDraftChanged;
            _selectedId ??= _draft.Steps is [var first, ..] ? first.Id : null;
        }

        await RefreshAsync(false).ConfigureAwait(true);
    }

    private async void OnDraftChanged(object? sender, EventArgs e) => await RefreshAsync(true).ConfigureAwait(true);

    private async Task RefreshAsync(bool emit)
    {
        if (_draft is null)
        {
            return;
        }

        _steps = _draft.Steps;
        _diagnostics = _draft.Validate();
        _errors = _diagnostics.Count(d => d.IsError);
        if (_selectedId is not null && _draft.Find(_selectedId) is null)
        {
            _selectedId = _steps is [var first, ..] ? first.Id : null;
        }

        if (emit)
        {
            _lastJson = _draft.ToJson();
            await JsonChanged.InvokeAsync(_lastJson).ConfigureAwait(true);
        }

        await DiagnosticsChanged.InvokeAsync(_diagnostics).ConfigureAwait(true);
        StateHasChanged();
    }

    private void Select(string id) => _selectedId = id;

    private void Add()
    {
        if (_draft is not null && !ReadOnly)
        {
            _selectedId = _draft.AddStep(_newType, _selectedId);
        }
    }

    private void Remove(string id) => _draft?.RemoveStep(id);

    private Dictionary<string, object?> EditorParameters(StepDraft step) => new()
    {
        [nameof(StepEditorBase.Json)] = step.Json,
        [nameof(StepEditorBase.JsonChanged)] = EventCallback.Factory.Create<string>(this, json => _draft?.ReplaceStep(step.Id, json)),
        [nameof(StepEditorBase.Input)] = _draft?.Input ?? [],
    };

    /// <summary>↑/↓ choose the previous/next step; Alt+↑/↓ move the chosen step; Delete removes it.</summary>
    private void OnStepKeyDown(KeyboardEventArgs e, StepDraft step)
    {
        if (_draft is null)
        {
            return;
        }

        var delta = e.Key switch { "ArrowUp" => -1, "ArrowDown" => 1, _ => 0 };
        if (delta != 0 && e.AltKey && !ReadOnly)
        {
            _draft.MoveStep(step.Id, delta);
        }
        else if (delta != 0 && step.Index + delta >= 0 && step.Index + delta < _steps.Count)
        {
            _selectedId = _steps[step.Index + delta].Id;
        }
    }

    /// <summary>Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes, anywhere in the editor but inside a text box.</summary>
    private void OnEditorKeyDown(KeyboardEventArgs e)
    {
        if (_draft is null || ReadOnly || !e.CtrlKey)
        {
            return;
        }

        if (e.Key is "y" or "Y" || (e.Key is "z" or "Z" && e.ShiftKey))
        {
            _draft.Redo();
        }
        else if (e.Key is "z" or "Z")
        {
            _draft.Undo();
        }
    }

    private string StepLabel(StepDraft step) => step.Title is { Length: > 0 } title ? title : TypeName(step.Type);

    private string TypeName(string type) => StepEditorRegistry.Has(type) ? T["Type_" + type] : T["UnknownType", type];

    private string OutcomeName(string outcome) => T["Outcome_" + outcome] is { ResourceNotFound: false } s ? s : outcome;

    private static string StepStyle(bool selected, bool known) =>
        "text-align:left;width:100%;padding:0.4rem 0.6rem;border-radius:4px;cursor:pointer;"
        + (selected ? "border:2px solid var(--rz-primary);background:var(--rz-primary-lighter);" : "border:1px solid var(--rz-base-300);background:var(--rz-base-background-color);")
        + (known ? "" : "border-style:dashed;");

    private sealed record Choice(string Value, string Text);
}
