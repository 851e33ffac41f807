using FormsEngine.Forms;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>An input column: a label and the expression whose value the column's cells test.</summary>
internal sealed record InputColumn(string Id, LocalizedText Label, string Expression);
