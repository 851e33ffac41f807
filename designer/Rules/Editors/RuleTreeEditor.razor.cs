using FormsEngine.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace FormsEngine.Designer.RuleEditing.Editors;

/// <summary>
/// Edits a rule set without touching JSON: <c>&lt;RuleTreeEditor RuleSetJson="@json" FormJson="@form" RuleSetJsonChanged="…" /&gt;</c>.
/// JSON in, JSON out (after every edit); it stores nothing. Expressions are checked by the engine against the form's
/// answers as <c>input1</c>, each problem shown on its rule with line:col.
/// </summary>
public sealed partial class RuleTreeEditor
{
    private static int _counter;
    private readonly string _id = "re-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private RuleSetDraft? _draft;
    private IReadOnlyList<Diagnostic> _loadErrors = [];
    private RuleSetValidation? _validation;
    private RuleExpressionAssist _assist = new(null);
    private string? _lastJson;
    private string? _lastForm;
    private string? _selected;

    /// <summary>The rule set (RulesEngine JSON).</summary>
    [Parameter] public string? RuleSetJson { get; set; }

    /// <summary>The form whose answers the rules read as <c>input1</c>.</summary>
    [Parameter] public string? FormJson { get; set; }

    /// <summary>Called with the rule set's JSON after every edit, undo and redo.</summary>
    [Parameter] public EventCallback<string> RuleSetJsonChanged { get; set; }

    private RuleNodeDraft? SelectedNode => _selected is null ? null : _draft?.Find(_selected);

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        var formChanged = FormJson != _lastForm;
        if (formChanged)
        {
            _lastForm = FormJson;
            _assist = new RuleExpressionAssist(FormJson);
        }

        if (RuleSetJson != _lastJson)
        {
            _lastJson = RuleSetJson;
            var load = RuleSetDraft.Load(RuleSetJson);
            _draft = load.Draft;
            _loadErrors = load.Diagnostics;
            _selected = _draft?.Workflows.SelectMany(w => w.Rules).FirstOrDefault()?.Path;
            formChanged = true;
        }

        if (formChanged)
        {
            _validation = _draft?.Validate(FormJson);
        }
    }

    private void Select(string path) => _selected = path;

    private async Task ChangedAsync()
    {
        if (_draft is null)
        {
            return;
        }

        _validation = _draft.Validate(FormJson);
        if (_selected is not null && _draft.Find(_selected) is null)
        {
            _selected = null;
        }

        _lastJson = _draft.ToJson();
        await RuleSetJsonChanged.InvokeAsync(_lastJson);
    }

    private async Task RunAsync(Func<bool> edit)
    {
        if (edit())
        {
            await ChangedAsync();
        }
    }

    private async Task RunAsync(Func<string?> edit)
    {
        if (edit() is { } path)
        {
            _selected = path;
            await ChangedAsync();
        }
    }

    /// <summary>Where new rules go: into the selected group, else beside the selected rule, else the first workflow.</summary>
    private string? Owner()
    {
        if (SelectedNode is { } node)
        {
            return node.IsGroup ? node.Path : RuleSetDraft.ParentPath(node.Path) ?? WorkflowOf(node.Path);
        }

        return (_draft?.Workflows is { Count: > 0 } workflows ? workflows[0].Path : null);
    }

    private static string WorkflowOf(string path) => path[..path.IndexOf('.', StringComparison.Ordinal)];

    private Task AddRuleAsync() => Owner() is { } owner ? RunAsync(() => _draft!.AddRule(owner, T["NewRuleName"])) : Task.CompletedTask;

    private Task AddGroupAsync(RuleOperatorKind kind) =>
        Owner() is { } owner ? RunAsync(() => _draft!.AddGroup(owner, T["NewGroupName"], kind, T["NewRuleName"])) : Task.CompletedTask;

    private Task MoveAsync(int offset) => _selected is { } path ? RunAsync(() => _draft!.Move(path, offset)) : Task.CompletedTask;

    private Task IndentAsync() => _selected is { } path ? RunAsync(() => _draft!.Indent(path)) : Task.CompletedTask;

    private Task OutdentAsync() => _selected is { } path ? RunAsync(() => _draft!.Outdent(path)) : Task.CompletedTask;

    /// <summary>Alt+↑/↓ moves the rule, Alt+→ puts it into the group above, Alt+← takes it out of its group.</summary>
    private Task OnTreeKeyAsync(string path, KeyboardEventArgs e)
    {
        if (!e.AltKey)
        {
            return Task.CompletedTask;
        }

        _selected = path;
        return e.Key switch
        {
            "ArrowUp" => MoveAsync(-1),
            "ArrowDown" => MoveAsync(1),
            "ArrowRight" => IndentAsync(),
            "ArrowLeft" => OutdentAsync(),
            _ => Task.CompletedTask,
        };
    }

    private async Task RemoveAsync()
    {
        if (_selected is { } path && _draft!.Remove(path))
        {
            _selected = RuleSetDraft.ParentPath(path);
            await ChangedAsync();
        }
    }
}
