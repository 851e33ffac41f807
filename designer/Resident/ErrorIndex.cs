using FormsEngine.Diagnostics;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Places each error on the field it belongs to: the path <c>$.住址.building</c> belongs to the address <c>住址</c>,
/// <c>$.家庭成员[1].姓名</c> to that member's name, <c>$.家庭成员</c> (too few items) to the group. Errors whose path
/// names no rendered field (<c>$</c>, unknown keys) are shown in the summary only.
/// </summary>
internal sealed class ErrorIndex
{
    public static readonly ErrorIndex Empty = new([], null);

    private readonly Dictionary<string, List<Diagnostic>> _byOwner = new(StringComparer.Ordinal);

    private ErrorIndex(IReadOnlyList<Diagnostic> errors, FormDefinition? form)
    {
        Entries = new (Diagnostic, string?, FormField?)[errors.Count];
        if (form is null)
        {
            return;
        }

        var scopes = FieldScopes.For(form);
        var parts = new List<NameParser.Part>();
        for (var i = 0; i < errors.Count; i++)
        {
            var (owner, field) = Owner(errors[i].Path, scopes, parts);
            Entries[i] = (errors[i], owner, field);
            if (owner is not null)
            {
                if (!_byOwner.TryGetValue(owner, out var list))
                {
                    _byOwner[owner] = list = [];
                }

                list.Add(errors[i]);
            }
        }
    }

    /// <summary>Every error with the name of the field it belongs to (null: the form as a whole).</summary>
    public (Diagnostic Error, string? Owner, FormField? Field)[] Entries { get; }

    public bool IsEmpty => Entries.Length == 0;

    public static ErrorIndex Create(IReadOnlyList<Diagnostic> errors, FormDefinition form) =>
        errors.Count == 0 ? Empty : new ErrorIndex(errors, form);

    /// <summary>The errors of the field named <paramref name="name"/>, or null.</summary>
    public List<Diagnostic>? For(string name) =>
        _byOwner.Count != 0 && _byOwner.TryGetValue(name, out var list) ? list : null;

    private static (string? Name, FormField? Field) Owner(string? path, FieldScopes scopes, List<NameParser.Part> parts)
    {
        var name = FieldNames.FromPath(path);
        if (name is null || !NameParser.TryParse(name, parts))
        {
            return (null, null);
        }

        var scope = scopes.Top;
        (string?, FormField?) owner = (null, null);
        for (var j = 0; j < parts.Count; j++)
        {
            if (parts[j].Key is not { } key || !scope.TryGetValue(key, out var field))
            {
                return owner;
            }

            owner = (name[..parts[j].End], field);
            if (field is not RepeatGroupField || j + 2 >= parts.Count || parts[j + 1].Key is not null)
            {
                return owner;
            }

            scope = scopes.Item(field);
            j++;
        }

        return owner;
    }
}
