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
