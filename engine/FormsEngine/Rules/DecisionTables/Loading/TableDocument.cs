using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>A decision table as read from JSON, before its cells are compiled.</summary>
internal sealed record TableDocument(
    string Id,
    int Version,
    LocalizedText Name,
    HitPolicy HitPolicy,
    CollectAggregation Aggregation,
    IReadOnlyList<InputColumn> Inputs,
    IReadOnlyList<OutputColumn> Outputs,
    IReadOnlyList<RuleRow> Rules);

/// <summary>An input column: a label and the expression whose value the column's cells test.</summary>
internal sealed record InputColumn(string Id, LocalizedText Label, string Expression);

/// <summary>An output column, with an optional declared type, default and list of allowed values (in priority order).</summary>
internal sealed record OutputColumn(string Id, LocalizedText Label, OutputType? Type, JsonNode? Default, IReadOnlyList<JsonNode?>? AllowedValues);

/// <summary>One row: the input cells, the output cells, and the optional description and priority.</summary>
internal sealed record RuleRow(IReadOnlyList<string> InputEntries, IReadOnlyList<string> OutputEntries, string? Description, int? Priority);

/// <summary>The declared type of an output column.</summary>
internal enum OutputType
{
    Number,
    Text,
    Boolean,
}
