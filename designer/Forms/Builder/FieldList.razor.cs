using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FormsEngine.Designer.FormEditing.Builder;

/// <summary>
/// One list of fields. After ↑/↓ the focus stays on the moved field's arrow (on the other arrow once the field reaches
/// an end of the list), and after ✕ it goes to the field now in that place, so keyboard users keep their place.
/// </summary>
public sealed partial class FieldList
{
    private readonly Dictionary<int, ElementReference> _names = [];
    private readonly Dictionary<int, ElementReference> _ups = [];
    private readonly Dictionary<int, ElementReference> _downs = [];
    private (int FieldId, bool Up)? _movedFocus;
    private int? _removedAt;

    /// <summary>The draft being edited.</summary>
    [Parameter, EditorRequired] public FormDraft Draft { get; set; } = default!;

    /// <summary>The fields of this list.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<FieldDraft> Fields { get; set; } = [];

    /// <summary>The page or repeat group this list belongs to; null for the form.</summary>
    [Parameter] public FieldDraft? Container { get; set; }

    /// <summary>The selected field.</summary>
    [Parameter] public FieldDraft? Selected { get; set; }

    /// <summary>Called when staff select a field (also after a field is added by dropping a palette entry).</summary>
    [Parameter] public EventCallback<FieldDraft> OnSelect { get; set; }

    /// <summary>The builder's drag state.</summary>
    [Parameter, EditorRequired] public DragState Drag { get; set; } = default!;

    /// <summary>The latest validation, for error badges.</summary>
    [Parameter] public DraftValidation? Validation { get; set; }

    /// <inheritdoc/>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        ElementReference? target = null;
        if (_movedFocus is { } moved)
        {
            var index = IndexOf(moved.FieldId);
            var up = moved.Up ? index > 0 : index == Fields.Count - 1;
            target = index >= 0 && (up ? _ups : _downs).TryGetValue(moved.FieldId, out var arrow) ? arrow : null;
        }
        else if (_removedAt is { } at && Fields.Count > 0 && _names.TryGetValue(Fields[Math.Min(at, Fields.Count - 1)].Id, out var name))
        {
            target = name;
        }

        (_movedFocus, _removedAt) = (null, null);
        if (target is { } element)
        {
            try
            {
                await element.FocusAsync();
            }
            catch (JSException)
            {
                // The element went away before the browser got there; nothing to keep focus on.
            }
        }
    }

    private void Move(FieldDraft field, bool up)
    {
        if (up ? Draft.MoveUp(field) : Draft.MoveDown(field))
        {
            _movedFocus = (field.Id, up);
        }
    }

    private void Remove(FieldDraft field, int index)
    {
        Draft.Remove(field);
        _removedAt = index;
    }

    private int IndexOf(int fieldId)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Id == fieldId)
            {
                return i;
            }
        }

        return -1;
    }

    private async Task DropAsync(int index)
    {
        if (Drag.PaletteType is { } type)
        {
            var added = Draft.AddField(type, Container, index);
            Drag.Clear();
            await OnSelect.InvokeAsync(added);
        }
        else if (Drag.Field is { } moved && Draft.CanMove(moved, Container))
        {
            Draft.Move(moved, Container, index);
            Drag.Clear();
        }
    }
}
