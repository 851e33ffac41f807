using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>An output column, with an optional declared type, default and list of allowed values (in priority order).</summary>
internal sealed record OutputColumn(string Id, LocalizedText Label, OutputType? Type, JsonNode? Default, IReadOnlyList<JsonNode?>? AllowedValues);
