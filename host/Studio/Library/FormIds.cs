using System.Text.RegularExpressions;

namespace FormsEngine.Host.Studio.Library;

/// <summary>What a form id made in the studio may look like: it appears in resident URLs and QR codes.</summary>
internal static partial class FormIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Pattern();
}
