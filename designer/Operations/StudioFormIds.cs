using System.Text.RegularExpressions;

namespace FormsEngine.Designer.Operations;

/// <summary>
/// What a form id made in the studio may look like: it appears in resident URLs and QR codes. The new-form dialog
/// checks it as staff type; the host checks it again before anything is stored.
/// </summary>
public static partial class StudioFormIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Pattern();
}
