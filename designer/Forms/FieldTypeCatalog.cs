using System.Text.Json.Nodes;
using FormsEngine.Designer.Resources;

namespace FormsEngine.Designer.FormEditing;

/// <summary>
/// Every built-in field type the builder offers, in palette order, with names (<c>BuilderText</c>) and sensible starting
/// properties. Unknown types (from a newer engine or a plug-in) are still loaded and saved untouched by
/// <see cref="FormDraft"/>; they just are not in the palette.
/// </summary>
public static class FieldTypeCatalog
{
    private static readonly FieldTypeInfo[] Entries =
    [
        new("text", "basic", "T"),
        new("textarea", "basic", "¶"),
        new("number", "basic", "#"),
        new("date", "basic", "日"),
        new("time", "basic", "时"),
        new("datetime", "basic", "⌚"),
        new("singleChoice", "choice", "◉") { Defaults = TwoOptions },
        new("multipleChoice", "choice", "☑") { Defaults = TwoOptions },
        new("yesNo", "choice", "?"),
        new("mobile", "personal", "☎"),
        new("idNumber", "personal", "证"),
        new("email", "personal", "@"),
        new("address", "personal", "⌂"),
        new("file", "attachment", "⎙"),
        new("photo", "attachment", "▣"),
        new("signature", "attachment", "✍"),
        new("geolocation", "attachment", "⌖"),
        new("repeat", "structure", "⟳") { Defaults = static () => new JsonObject { ["fields"] = new JsonArray() } },
        new("page", "structure", "▤") { Defaults = static () => new JsonObject { ["fields"] = new JsonArray() } },
        new("static", "structure", "i") { Defaults = static () => new JsonObject { ["content"] = Text(NewContent.StaticText) } },
        new("hidden", "advanced", "◌"),
        new("calculated", "advanced", "ƒ") { Defaults = static () => new JsonObject { ["calculate"] = "0" } },
    ];

    private static readonly Dictionary<string, FieldTypeInfo> ByType = Entries.ToDictionary(e => e.Type, StringComparer.Ordinal);

    /// <summary>All palette entries, in display order.</summary>
    public static IReadOnlyList<FieldTypeInfo> All => Entries;

    /// <summary>The entry for <paramref name="type"/>, or null for a type the builder does not know.</summary>
    public static FieldTypeInfo? Find(string type) => ByType.GetValueOrDefault(type);

    /// <summary>The name of <paramref name="type"/> in the UI language, or 未知类型（type） / Unknown type (type) for an unknown one.</summary>
    public static string NameOf(string type) => Find(type)?.Name ?? BuilderStrings.Format("UnknownType", type);

    internal static JsonObject Text(string zh) => new() { ["zh-CN"] = zh };

    private static JsonObject TwoOptions() => new()
    {
        ["options"] = new JsonArray(NewContent.Option(1).ToJson(), NewContent.Option(2).ToJson()),
    };
}
