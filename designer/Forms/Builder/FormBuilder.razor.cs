using FormsEngine.Diagnostics;
using Microsoft.AspNetCore.Components;

namespace FormsEngine.Designer.FormEditing.Builder;

/// <summary>
/// The form builder. Mount it on an interactive page: <c>&lt;FormBuilder Json="@json" OnSaveDraft="SaveAsync" /&gt;</c>.
/// It edits a <see cref="FormDraft"/> built from <see cref="Json"/>; 保存草稿 passes the form JSON to
/// <see cref="OnSaveDraft"/>. A new <see cref="Json"/> value starts a new draft (and a new undo history).
/// </summary>
public sealed partial class FormBuilder : IDisposable
{
    private readonly DragState _drag = new();
    private FormDraft? _draft;
    private ExpressionAssist? _assist;
    private FieldDraft? _selected;
    private DraftValidation? _validation;
    private IReadOnlyList<Diagnostic> _loadErrors = [];
    private string? _loadedJson;
    private FormDraft? _announced;

    /// <summary>The form JSON to edit (a draft or a published version). Null or blank starts a new, empty form.</summary>
    [Parameter] public string? Json { get; set; }

    /// <summary>Called by 保存草稿 with the form JSON; the draft counts as saved once the callback completes.</summary>
    [Parameter] public EventCallback<string> OnSaveDraft { get; set; }

    /// <summary>The community name the preview shows.</summary>
    [Parameter] public string CommunityName { get; set; } = NewContent.SampleCommunity;

    /// <summary>The resident stylesheet URL for the preview; defaults to the host's <c>/assets/resident.css?v=…</c>.</summary>
    [Parameter] public string? StylesheetUrl { get; set; }

    /// <summary>Called after each render that shows a newly opened draft, so a host page can work on the same draft.</summary>
    [Parameter] public EventCallback<FormDraft> DraftOpened { get; set; }

    /// <summary>The draft being edited (null when <see cref="Json"/> could not be opened).</summary>
    public FormDraft? Draft => _draft;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_draft is not null)
        {
            _draft.Changed -= OnDraftChanged;
        }
    }

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        if (_loadedJson == Json && (_draft is not null || _loadErrors.Count > 0))
        {
            return;
        }

        _loadedJson = Json;
        Dispose();
        var result = string.IsNullOrWhiteSpace(Json)
            ? new DraftLoadResult(FormDraft.CreateNew("new-form", NewContent.FormTitle), [])
            : FormDraft.Load(Json);
        _draft = result.Draft;
        _loadErrors = result.Diagnostics;
        _selected = null;
        if (_draft is not null)
        {
            _assist = new ExpressionAssist(_draft);
            _draft.Changed += OnDraftChanged;
            _validation = _draft.Validate();
        }
    }

    /// <inheritdoc/>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_draft is not null && !ReferenceEquals(_draft, _announced))
        {
            _announced = _draft;
            await DraftOpened.InvokeAsync(_draft);
        }
    }

    private void OnDraftChanged(object? sender, EventArgs e)
    {
        _validation = _draft!.Validate();
        if (_selected is not null && _draft.FindById(_selected.Id) is null)
        {
            _selected = null;
        }

        // Edits made inside a child (↑/↓/✕ in the field list, an option, an expression) refresh the whole builder:
        // the properties panel, the problems and the preview follow at once.
        _ = InvokeAsync(StateHasChanged);
    }

    private void Add(string type)
    {
        // Into the selected page or group; next to the selected field inside its container; else at the end.
        var container = _selected is { IsContainer: true } ? _selected : _selected?.Parent;
        int? index = null;
        if (_selected is { IsContainer: false })
        {
            var list = container?.Fields ?? _draft!.Fields;
            index = list.ToList().IndexOf(_selected) + 1;
        }

        try
        {
            _selected = _draft!.AddField(type, type == "page" ? null : container, type == "page" ? null : index);
        }
        catch (InvalidOperationException)
        {
            // Not allowed there (a repeat group too deep): add at the end of the form instead.
            _selected = _draft!.AddField(type);
        }
    }

    private void Select(FieldDraft field) => _selected = field;

    private void Undo() => _draft?.Undo();

    private void Redo() => _draft?.Redo();

    private async Task SaveAsync()
    {
        if (_draft is null)
        {
            return;
        }

        _draft.EndEditGroup();
        await OnSaveDraft.InvokeAsync(_draft.ToJson());
        _draft.MarkSaved();
    }
}
