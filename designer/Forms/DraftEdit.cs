namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// One undoable change: how to apply it, how to revert it, and a merge key so that typing into the same property
/// becomes one undo step instead of one per keystroke.
/// </summary>
internal sealed class DraftEdit(string description, Action apply, Action revert, object? mergeKey)
{
    public string Description { get; } = description;

    public Action Apply { get; private set; } = apply;

    public Action Revert { get; } = revert;

    public object? MergeKey { get; } = mergeKey;

    /// <summary>A number that identifies the state the draft is in after this edit (for the dirty flag).</summary>
    public long State { get; set; }

    /// <summary>Takes over <paramref name="next"/>'s result, keeping this edit's revert (the state before both).</summary>
    public void Absorb(DraftEdit next) => Apply = next.Apply;
}
