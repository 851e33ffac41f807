using System.Text.Json.Nodes;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>
/// The outcome of one evaluation. On success, <see cref="Output"/> is: for UNIQUE, FIRST, PRIORITY and ANY, an object
/// of the chosen row's outputs (<c>{"大米": 10}</c>), or the outputs' defaults — or null — when no row matched; for
/// COLLECT without aggregation and RULE ORDER, an array of such objects (empty when none matched); for COLLECT with an
/// aggregation, an object with the first output's aggregate (<c>{"金额": 600}</c>). A runtime problem (two rows under
/// UNIQUE, conflicting rows under ANY, division by zero in a cell) is a failure with a Chinese and an English message.
/// </summary>
public sealed class DecisionTableResult
{
    internal DecisionTableResult(IReadOnlyList<int> matchedRows, JsonNode? output, string? errorCode, string? messageZh, string? messageEn)
    {
        MatchedRows = matchedRows;
        Output = output;
        ErrorCode = errorCode;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>True when the table produced a result (which may be "no row matched").</summary>
    public bool IsSuccess => ErrorCode is null;

    /// <summary>The 0-based indexes of the rows whose every input cell matched, in table order.</summary>
    public IReadOnlyList<int> MatchedRows { get; }

    /// <summary>The outputs as JSON (see the class summary); null when nothing matched and no defaults are set, or on failure.</summary>
    public JsonNode? Output { get; }

    /// <summary>The failure code, e.g. <c>table.run.notUnique</c>; null on success.</summary>
    public string? ErrorCode { get; }

    /// <summary>The failure message in Chinese.</summary>
    public string? MessageZh { get; }

    /// <summary>The failure message in English.</summary>
    public string? MessageEn { get; }

    /// <summary>Every row's cell verdicts, when the evaluation was asked to explain itself; null otherwise.</summary>
    public IReadOnlyList<DecisionRowTrace>? Trace { get; private init; }

    internal static DecisionTableResult Success(IReadOnlyList<int> matchedRows, JsonNode? output) => new(matchedRows, output, null, null, null);

    internal static DecisionTableResult Failure(IReadOnlyList<int> matchedRows, string code, string messageZh, string messageEn) =>
        new(matchedRows, null, code, messageZh, messageEn);

    internal DecisionTableResult WithTrace(IReadOnlyList<DecisionRowTrace>? trace) =>
        new(MatchedRows, Output, ErrorCode, MessageZh, MessageEn) { Trace = trace };

    /// <summary>The result as JSON: <c>{"success": true, "matchedRows": [0], "output": {…}}</c> or with <c>"error": {code, zh, en}</c>.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["success"] = IsSuccess,
            ["matchedRows"] = new JsonArray([.. MatchedRows.Select(r => (JsonNode)r)]),
            ["output"] = Output?.DeepClone(),
        };
        if (!IsSuccess)
        {
            json["error"] = new JsonObject { ["code"] = ErrorCode, ["zh"] = MessageZh, ["en"] = MessageEn };
        }

        return json;
    }

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? Output?.ToJsonString() ?? "null" : $"{ErrorCode}: {MessageZh} / {MessageEn}";
}
