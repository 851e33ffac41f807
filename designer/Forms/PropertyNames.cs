using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>The names of field and form properties (<c>Property_*</c> in <c>BuilderText</c>), for undo descriptions and diagnostics.</summary>
public static class PropertyNames
{
    /// <summary>The name of <paramref name="name"/> in the UI language (显示条件, Show when), or the name itself when unknown.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = "Property_" + name;
        var text = BuilderStrings.Get(key);
        return text == key ? name : text;
    }
}
