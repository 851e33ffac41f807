using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Tests.Rules.DecisionTables;

/// <summary>Compact JSON with Chinese left readable, for assertions.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(this JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
