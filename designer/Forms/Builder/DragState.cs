namespace FormsEngine.Designer.FormEditing.Builder;

/// <summary>What is being dragged in the builder: a palette type (to add) or an existing field (to move).</summary>
public sealed class DragState
{
    /// <summary>The palette type being dragged, or null.</summary>
    public string? PaletteType { get; private set; }

    /// <summary>The field being dragged, or null.</summary>
    public FieldDraft? Field { get; private set; }

    /// <summary>True while something is being dragged.</summary>
    public bool Active => PaletteType is not null || Field is not null;

    /// <summary>Starts dragging a palette entry.</summary>
    public void StartType(string type) => (PaletteType, Field) = (type, null);

    /// <summary>Starts dragging a field.</summary>
    public void StartField(FieldDraft field) => (PaletteType, Field) = (null, field);

    /// <summary>Ends the drag.</summary>
    public void Clear() => (PaletteType, Field) = (null, null);
}
