using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>Reads the JSON of a decision table into a <see cref="TableDocument"/>, reporting every problem with its path.</summary>
internal sealed partial class TableReader
{
    private readonly List<Diagnostic> _diagnostics;

    private TableReader(List<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public static TableDocument? Read(string json, List<Diagnostic> diagnostics)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Diagnostic.Error(TableCodes.InvalidJson, "$", $"不是有效的 JSON：{ex.Message}", $"not valid JSON: {ex.Message}") with
            {
                Line = (int)(ex.LineNumber ?? 0) + 1,
                Column = (int)(ex.BytePositionInLine ?? 0) + 1,
            });
            return null;
        }

        return new TableReader(diagnostics).ReadRoot(root);
    }

    private TableDocument? ReadRoot(JsonNode? root)
    {
        if (root is not JsonObject obj)
        {
            Error(TableCodes.WrongType, "$", "决策表应为 JSON 对象", "a decision table must be a JSON object");
            return null;
        }

        var errorsBefore = _diagnostics.Count(d => d.IsError);
        if (Integer(obj, "$", "schemaVersion", required: true) is { } schemaVersion && schemaVersion != 1)
        {
            Error(TableCodes.SchemaVersion, "$.schemaVersion", $"不支持的格式版本 {schemaVersion}，目前只支持 1", $"unsupported schemaVersion {schemaVersion}; only 1 is supported");
        }

        var id = Text(obj, "$", "id", required: true);
        if (id is not null && !IsValidId(id))
        {
            Error(TableCodes.InvalidId, "$.id", "编号只能用小写字母、数字和连字符，例如 supply-allocation", "the id may use lowercase letters, digits and hyphens only, e.g. supply-allocation");
        }

        var version = Integer(obj, "$", "version", required: true);
        if (version is < 1)
        {
            Error(TableCodes.OutOfRange, "$.version", "版本号应为从 1 开始的整数", "version must be a whole number from 1");
        }

        var name = Localized(obj, "$", "name", required: true);
        var hitPolicy = ReadHitPolicy(obj);
        var aggregation = ReadAggregation(obj, hitPolicy);
        var inputs = ReadInputs(obj);
        var outputs = ReadOutputs(obj);
        var rules = ReadRules(obj, inputs?.Count, outputs?.Count);
        if (hitPolicy == HitPolicy.Priority && outputs is { Count: > 0 } && rules is not null)
        {
            CheckPriorities(outputs[0], rules);
        }

        if (hitPolicy == HitPolicy.Collect && aggregation is CollectAggregation.Sum or CollectAggregation.Min or CollectAggregation.Max
            && outputs is { Count: > 0 } && outputs[0].Type is { } type && type != OutputType.Number)
        {
            Error(TableCodes.AggregationType, "$.outputs[0].type", "SUM/MIN/MAX 汇总第一个输出，它的类型必须是 number", "SUM/MIN/MAX aggregate the first output, which must be of type number");
        }

        if (_diagnostics.Count(d => d.IsError) > errorsBefore || id is null || version is null || name is null || hitPolicy is null
            || inputs is null || outputs is null || rules is null)
        {
            return null;
        }

        return new TableDocument(id, version.Value, name, hitPolicy.Value, aggregation, inputs, outputs, rules);
    }

    private HitPolicy? ReadHitPolicy(JsonObject obj)
    {
        var text = Text(obj, "$", "hitPolicy", required: true);
        if (text is null)
        {
            return null;
        }

        HitPolicy? policy = text.Trim().ToUpperInvariant() switch
        {
            "UNIQUE" => HitPolicy.Unique,
            "FIRST" => HitPolicy.First,
            "PRIORITY" => HitPolicy.Priority,
            "ANY" => HitPolicy.Any,
            "COLLECT" => HitPolicy.Collect,
            "RULE ORDER" or "RULE_ORDER" or "RULEORDER" => HitPolicy.RuleOrder,
            _ => null,
        };
        if (policy is null)
        {
            Error(TableCodes.UnknownHitPolicy, "$.hitPolicy", $"未知的命中策略“{text}”，可选 UNIQUE、FIRST、PRIORITY、ANY、COLLECT、RULE ORDER",
                $"unknown hit policy '{text}'; use UNIQUE, FIRST, PRIORITY, ANY, COLLECT or RULE ORDER");
        }

        return policy;
    }

    private CollectAggregation ReadAggregation(JsonObject obj, HitPolicy? policy)
    {
        var text = Text(obj, "$", "aggregation", required: false);
        if (text is null)
        {
            return CollectAggregation.None;
        }

        if (policy is not null && policy != HitPolicy.Collect)
        {
            Error(TableCodes.AggregationNotCollect, "$.aggregation", "只有 COLLECT 命中策略可以设置 aggregation", "aggregation is allowed with the COLLECT hit policy only");
            return CollectAggregation.None;
        }

        switch (text.Trim().ToUpperInvariant())
        {
            case "SUM": return CollectAggregation.Sum;
            case "COUNT": return CollectAggregation.Count;
            case "MIN": return CollectAggregation.Min;
            case "MAX": return CollectAggregation.Max;
            default:
                Error(TableCodes.UnknownAggregation, "$.aggregation", $"未知的汇总方式“{text}”，可选 SUM、COUNT、MIN、MAX", $"unknown aggregation '{text}'; use SUM, COUNT, MIN or MAX");
                return CollectAggregation.None;
        }
    }

    private void CheckPriorities(OutputColumn first, List<RuleRow> rules)
    {
        var explicitCount = rules.Count(r => r.Priority is not null);
        if (explicitCount > 0 && explicitCount < rules.Count)
        {
            Error(TableCodes.PriorityMissing, "$.rules", "PRIORITY 表要么每一行都写 priority，要么都不写（改用第一个输出的 allowedValues 顺序）",
                "in a PRIORITY table either every row has a priority or none does (then the order of the first output's allowedValues decides)");
        }
        else if (explicitCount == 0 && first.AllowedValues is null)
        {
            Error(TableCodes.PriorityMissing, "$.outputs[0].allowedValues", "PRIORITY 表需要每行的 priority，或第一个输出的 allowedValues（排在前面的优先）",
                "a PRIORITY table needs a priority on every row, or allowedValues on the first output (earlier values win)");
        }
    }

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= 100 && (char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0]))
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private void Error(string code, string path, string zh, string en) => _diagnostics.Add(Diagnostic.Error(code, path, zh, en));
}
