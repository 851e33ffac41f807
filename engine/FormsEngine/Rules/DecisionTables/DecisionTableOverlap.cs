using System.Text.Json.Nodes;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>Two rows that an input can match at once.</summary>
/// <param name="FirstRow">The earlier row (0-based).</param>
/// <param name="SecondRow">The later row (0-based).</param>
/// <param name="Example">An input matching both, as column values keyed by input id.</param>
/// <param name="SameOutputs">True when both rows have the same literal outputs.</param>
public sealed record DecisionTableOverlap(int FirstRow, int SecondRow, JsonObject Example, bool SameOutputs);
