using System.Text.Json;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Rules.DecisionTables.Analysis;
using FormsEngine.Rules.DecisionTables.Evaluation;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>
/// A compiled decision table: input columns (expressions), rows of cells (<c>[60..80)</c>, <c>"东区","西区"</c>, <c>-</c>)
/// and a hit policy. Compile once with <see cref="Compile(string, ExpressionSchema, DecisionTableOptions?)"/>, check it
/// before publishing with <see cref="Analyze"/>, then call <see cref="Evaluate(ExpressionRecord, bool)"/> from any
/// number of threads. Evaluation never throws for runtime errors; they come back as a failed result.
/// </summary>
public sealed class DecisionTable
{
    private ExpressionRecord? _spare;

    internal DecisionTable(TableDocument document, ExpressionSchema inputSchema, ExpressionSchema evaluationSchema,
        CompiledColumn[] columns, CompiledRow[] rows, DecisionTableOptions options)
    {
        Document = document;
        InputSchema = inputSchema;
        EvaluationSchema = evaluationSchema;
        Columns = columns;
        Rows = rows;
        Options = options;
        HasDefaults = document.Outputs.Any(o => o.Default is not null);
    }

    /// <summary>The table id, e.g. <c>supply-allocation</c>.</summary>
    public string Id => Document.Id;

    /// <summary>The table's own version.</summary>
    public int Version => Document.Version;

    /// <summary>The display name.</summary>
    public LocalizedText Name => Document.Name;

    /// <summary>How matching rows become the result.</summary>
    public HitPolicy HitPolicy => Document.HitPolicy;

    /// <summary>The aggregation of a COLLECT table (<see cref="CollectAggregation.None"/> otherwise).</summary>
    public CollectAggregation Aggregation => Document.Aggregation;

    /// <summary>The input column ids in order.</summary>
    public IReadOnlyList<string> InputIds => [.. Document.Inputs.Select(i => i.Id)];

    /// <summary>The output column ids in order.</summary>
    public IReadOnlyList<string> OutputIds => [.. Document.Outputs.Select(o => o.Id)];

    /// <summary>The number of rows.</summary>
    public int RowCount => Rows.Length;

    /// <summary>The schema of the records passed to <see cref="Evaluate(ExpressionRecord, bool)"/>.</summary>
    public ExpressionSchema InputSchema { get; }

    internal TableDocument Document { get; }

    internal ExpressionSchema EvaluationSchema { get; }

    internal CompiledColumn[] Columns { get; }

    internal CompiledRow[] Rows { get; }

    internal DecisionTableOptions Options { get; }

    internal bool HasDefaults { get; }

    /// <summary>Reads and compiles a table whose input expressions read fields of <paramref name="inputSchema"/>; reports every problem.</summary>
    public static DecisionTableCompilation Compile(string json, ExpressionSchema inputSchema, DecisionTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(inputSchema);
        options ??= DecisionTableOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var document = TableReader.Read(json, diagnostics);
        var table = document is null ? null : TableCompiler.Compile(document, inputSchema, options, diagnostics);
        return new DecisionTableCompilation(diagnostics, table);
    }

    /// <summary>The publish-time check: compiles, then (when that succeeds) adds the findings of <see cref="Analyze"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(string json, ExpressionSchema inputSchema, DecisionTableOptions? options = null)
    {
        var compilation = Compile(json, inputSchema, options);
        return compilation.Table is { } table ? [.. compilation.Diagnostics, .. table.Analyze().Diagnostics] : compilation.Diagnostics;
    }

    /// <summary>
    /// Checks the rows against each other: overlapping rows (an error under UNIQUE; a warning under ANY when their outputs
    /// differ) and inputs that match no row (a warning, with an example input). Exact for ranges, comparisons, lists,
    /// negations and <c>-</c>; cells with free expressions are treated as unknown and never cause a reported overlap.
    /// </summary>
    public DecisionTableAnalysis Analyze() => TableAnalyzer.Analyze(this);

    /// <summary>
    /// Evaluates the table for <paramref name="input"/> (a record of <see cref="InputSchema"/>). With
    /// <paramref name="explain"/>, the result also carries every row's cell verdicts.
    /// </summary>
    public DecisionTableResult Evaluate(ExpressionRecord input, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ReferenceEquals(input.Schema, InputSchema))
        {
            throw new ArgumentException("The record was created for a different schema than the table's InputSchema.", nameof(input));
        }

        var record = Interlocked.Exchange(ref _spare, null) ?? EvaluationSchema.CreateRecord();
        try
        {
            CopyInput(input, record);
            var result = TableEvaluator.Run(this, record);
            return explain ? result.WithTrace(TableEvaluator.Trace(this, record)) : result;
        }
        finally
        {
            Volatile.Write(ref _spare, record);
        }
    }

    /// <summary>Loads <paramref name="input"/> (JSON answers, e.g. <c>{"input1": {"年龄": 72}}</c>) and evaluates.</summary>
    public DecisionTableResult Evaluate(JsonElement input, bool explain = false) =>
        Evaluate(ExpressionRecordLoader.Load(InputSchema, input), explain);

    private static void CopyInput(ExpressionRecord from, ExpressionRecord to)
    {
        // The evaluation schema starts with the input schema's fields in the same order, so slots line up.
        Array.Copy(from.Present, to.Present, from.Present.Length);
        Array.Copy(from.Booleans, to.Booleans, from.Booleans.Length);
        Array.Copy(from.Numbers, to.Numbers, from.Numbers.Length);
        Array.Copy(from.Texts, to.Texts, from.Texts.Length);
        Array.Copy(from.Dates, to.Dates, from.Dates.Length);
        Array.Copy(from.DateTimes, to.DateTimes, from.DateTimes.Length);
        Array.Copy(from.Times, to.Times, from.Times.Length);
        Array.Copy(from.References, to.References, from.References.Length);
    }
}
