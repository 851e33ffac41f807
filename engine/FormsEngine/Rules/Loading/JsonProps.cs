using System.Text.Json.Nodes;

namespace FormsEngine.Rules.Loading;

/// <summary>Case-insensitive property look-up, as RulesEngine (Newtonsoft) reads rule files.</summary>
internal static class JsonProps
{
    /// <summary>Finds <paramref name="name"/> ignoring case; returns the spelling used in the file for the JSON path.</summary>
    public static bool TryGet(JsonObject obj, string name, out string actualName, out JsonNode? value)
    {
        foreach (var (key, node) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                actualName = key;
                value = node;
                return true;
            }
        }

        actualName = name;
        value = null;
        return false;
    }

    public static string Child(string path, string name) => path + "." + name;

    public static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
