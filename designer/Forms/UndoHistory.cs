namespace FormsEngine.Designer.FormEditing;

/// <summary>A bounded undo/redo stack of <see cref="DraftEdit"/>s; the oldest edits fall off when it is full.</summary>
internal sealed class UndoHistory(int capacity)
{
    private readonly LinkedList<DraftEdit> _undo = new();
    private readonly Stack<DraftEdit> _redo = new();
    private long _nextState = 1;
    private bool _canMerge;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public int UndoCount => _undo.Count;

    public string? UndoDescription => _undo.Last?.Value.Description;

    public string? RedoDescription => _redo.Count > 0 ? _redo.Peek().Description : null;

    /// <summary>The state the draft is in now: 0 for as loaded, otherwise the state number of the last applied edit.</summary>
    public long State => _undo.Last?.Value.State ?? 0;

    /// <summary>Applies <paramref name="edit"/> and records it, merging it into the previous edit when both have the same merge key.</summary>
    public void Do(DraftEdit edit)
    {
        edit.Apply();
        _redo.Clear();
        if (_canMerge && edit.MergeKey is not null && _undo.Last?.Value is { } last && Equals(last.MergeKey, edit.MergeKey))
        {
            last.Absorb(edit);
            last.State = _nextState++;
            return;
        }

        edit.State = _nextState++;
        _undo.AddLast(edit);
        if (_undo.Count > capacity)
        {
            _undo.RemoveFirst();
        }

        _canMerge = true;
    }

    public bool Undo()
    {
        if (_undo.Last is not { } node)
        {
            return false;
        }

        _undo.RemoveLast();
        node.Value.Revert();
        _redo.Push(node.Value);
        _canMerge = false;
        return true;
    }

    public bool Redo()
    {
        if (_redo.Count == 0)
        {
            return false;
        }

        var edit = _redo.Pop();
        edit.Apply();
        _undo.AddLast(edit);
        _canMerge = false;
        return true;
    }

    /// <summary>Ends the current merge run: the next edit starts a new undo step.</summary>
    public void Seal() => _canMerge = false;
}
