using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Checking the table through the engine: compile, then overlap and gap analysis, placed on rows.</summary>
public sealed partial class DecisionTableDraft
{
    /// <summary>
    /// Compiles the table and, when it compiles, runs the engine's overlap and gap analysis. The input columns read
    /// <paramref name="inputs"/>; null means the schema of the table's own <c>examples</c> (their <c>input</c> objects).
    /// Never throws.
    /// </summary>
    public DecisionTableValidation Validate(ExpressionSchema? inputs = null, DecisionTableOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        DecisionTableAnalysis? analysis = null;
        try
        {
            var compilation = DecisionTable.Compile(ToJson(), inputs ?? ExampleSchema(), options);
            diagnostics.AddRange(compilation.Diagnostics);
            if (compilation.Table is { } table)
            {
                analysis = table.Analyze();
                diagnostics.AddRange(analysis.Diagnostics);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or JsonException)
        {
            diagnostics.Add(Diagnostic.Error("designer.table.checkFailed", "$", "检查决策表时出错：" + ex.Message, "checking the decision table failed: " + ex.Message));
        }

        return new DecisionTableValidation(
            [.. diagnostics.Select(d => new TableDiagnostic(d, RowOf(d.Path)))],
            analysis?.Overlaps ?? [],
            analysis?.Gaps ?? [],
            analysis?.IsExact ?? false);
    }

    /// <summary>The schema of the <c>input</c> objects of the table's <c>examples</c> (each top-level name is one input).</summary>
    public ExpressionSchema ExampleSchema()
    {
        if (Root["examples"] is JsonArray { Count: > 0 } examples && examples[0] is JsonObject { } first && first["input"] is JsonObject input && input.Count > 0)
        {
            try
            {
                return ExpressionSchema.FromJsonSamples([.. input.Select(p => (p.Key, JsonSerializer.SerializeToElement(p.Value)))]);
            }
            catch (ArgumentException)
            {
                return ExpressionSchema.Create();
            }
        }

        return ExpressionSchema.Create();
    }

    private static int? RowOf(string? path) =>
        path is not null && RowPath().Match(path) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\$\.rules\[(\d+)\]")]
    private static partial Regex RowPath();
}
