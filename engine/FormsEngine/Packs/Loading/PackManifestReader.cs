using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Diagnostics;
using FormsEngine.Forms;

namespace FormsEngine.Packs.Loading;

/// <summary>Reads <c>pack.json</c> into a <see cref="PackManifest"/>, reporting every problem with its JSON path.</summary>
internal static partial class PackManifestReader
{
    private static readonly Dictionary<string, PackParameterType> Types = new(StringComparer.Ordinal)
    {
        ["integer"] = PackParameterType.WholeNumber,
        ["number"] = PackParameterType.Number,
        ["text"] = PackParameterType.Text,
        ["choice"] = PackParameterType.Choice,
        ["role"] = PackParameterType.Role,
        ["boolean"] = PackParameterType.Boolean,
        ["date"] = PackParameterType.Date,
    };

    public static PackManifest? Read(JsonObject json, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (json["schemaVersion"] is not JsonValue sv || !sv.TryGetValue<int>(out var schemaVersion) || schemaVersion != 1)
        {
            diagnostics.Add(Diagnostic.Error("pack.schemaVersion", "$.schemaVersion", "schemaVersion 必须是 1", "schemaVersion must be 1"));
        }

        var id = Text(json, "id", "$", diagnostics);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Add(Diagnostic.Error("pack.id", "$.id", $"编号“{id}”无效：只能用小写字母、数字和连字符，2–63 位",
                $"id '{id}' is invalid: use 2-63 lowercase letters, digits and hyphens"));
        }

        var versionText = Text(json, "version", "$", diagnostics);
        var version = PackVersion.TryParse(versionText);
        if (versionText is not null && version is null)
        {
            diagnostics.Add(Diagnostic.Error("pack.version", "$.version", $"版本“{versionText}”不是语义化版本号，应写成 1.0.0",
                $"version '{versionText}' is not a semantic version; write it as 1.0.0"));
        }

        var name = Localized(json["name"], "$.name", required: true, diagnostics);
        var description = Localized(json["description"], "$.description", required: true, diagnostics);
        string? publisherId = null, publisherName = null;
        if (json["publisher"] is JsonObject publisher)
        {
            publisherId = Text(publisher, "id", "$.publisher", diagnostics);
            publisherName = Text(publisher, "name", "$.publisher", diagnostics);
        }
        else
        {
            diagnostics.Add(Diagnostic.Error("pack.publisher", "$.publisher", "缺少发布单位（publisher 的 id 和 name）", "publisher (id and name) is missing"));
        }

        var parameters = PackParameterReader.ReadAll(json["parameters"], Types, diagnostics);
        var parts = ReadParts(json["parts"], parameters, diagnostics);
        var campaign = ReadCampaign(json["campaign"], diagnostics);
        int? retention = null;
        if (json["retentionDays"] is { } r)
        {
            retention = r is JsonValue rv && rv.TryGetValue<int>(out var days) && days is >= 1 and <= 3650 ? days : null;
            if (retention is null)
            {
                diagnostics.Add(Diagnostic.Error("pack.retentionDays", "$.retentionDays", "保存天数必须是 1–3650 的整数", "retentionDays must be a whole number from 1 to 3650"));
            }
        }

        if (diagnostics.Count(d => d.IsError) > errorsBefore || id is null || version is null || name is null || description is null)
        {
            return null;
        }

        return new PackManifest(id, name, version, publisherId!, publisherName!, description)
        {
            Parameters = parameters,
            Parts = parts,
            Campaign = campaign,
            RetentionDays = retention,
            Source = (JsonObject)json.DeepClone(),
        };
    }

    internal static string? Text(JsonObject json, string property, string path, List<Diagnostic> diagnostics)
    {
        if (json[property] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s))
        {
            return s;
        }

        diagnostics.Add(Diagnostic.Error("pack.required", $"{path}.{property}", $"缺少“{property}”，或它不是非空文字", $"'{property}' is missing or not a non-empty string"));
        return null;
    }

    internal static LocalizedText? Localized(JsonNode? node, string path, bool required, List<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case JsonValue v when v.TryGetValue<string>(out var plain) && plain.Length > 0:
                return new LocalizedText([new(LocalizedText.ChineseTag, plain)]);
            case JsonObject obj when obj[LocalizedText.ChineseTag] is JsonValue zh && zh.TryGetValue<string>(out var zhText) && zhText.Length > 0:
                return new LocalizedText([.. obj.Where(p => p.Value is JsonValue t && t.TryGetValue<string>(out _))
                    .Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.GetValue<string>()))]);
            case null when !required:
                return null;
            default:
                diagnostics.Add(Diagnostic.Error("pack.text", path, "需要中文文字：写成 \"…\" 或 {\"zh-CN\": \"…\", \"en\": \"…\"}",
                    "needs Chinese text: \"…\" or {\"zh-CN\": \"…\", \"en\": \"…\"}"));
                return null;
        }
    }

    private static List<PackPart> ReadParts(JsonNode? node, IReadOnlyList<PackParameter> parameters, List<Diagnostic> diagnostics)
    {
        var parts = new List<PackPart>();
        if (node is null)
        {
            return parts;
        }

        if (node is not JsonArray array)
        {
            diagnostics.Add(Diagnostic.Error("pack.parts", "$.parts", "parts 必须是数组", "parts must be an array"));
            return parts;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.parts[{i}]";
            if (array[i] is not JsonObject part)
            {
                diagnostics.Add(Diagnostic.Error("pack.part", path, "可选部分必须是对象", "a part must be an object"));
                continue;
            }

            var id = Text(part, "id", path, diagnostics);
            var name = Localized(part["name"], path + ".name", required: true, diagnostics);
            var description = Localized(part["description"], path + ".description", required: false, diagnostics);
            var enabled = part["default"] is not JsonValue d || !d.TryGetValue<bool>(out var b) || b;
            var forms = part["forms"] is JsonArray f ? f.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList() : [];
            if (id is not null && !PartIdPattern().IsMatch(id))
            {
                diagnostics.Add(Diagnostic.Error("pack.part.id", path + ".id", $"部分编号“{id}”无效：用字母开头的字母和数字", $"part id '{id}' is invalid: use letters and digits, starting with a letter"));
            }
            else if (id is not null && (parts.Exists(p => p.Id == id) || parameters.Any(p => p.Name == PackPart.ParameterPrefix + id)))
            {
                diagnostics.Add(Diagnostic.Error("pack.part.duplicate", path + ".id", $"部分编号“{id}”重复", $"part id '{id}' is used twice"));
            }
            else if (id is not null && name is not null)
            {
                parts.Add(new PackPart(id, name, description, enabled, forms));
            }
        }

        return parts;
    }

    private static PackCampaign? ReadCampaign(JsonNode? node, List<Diagnostic> diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject campaign)
        {
            diagnostics.Add(Diagnostic.Error("pack.campaign", "$.campaign", "campaign 必须是对象", "campaign must be an object"));
            return null;
        }

        DateOnly? Day(string property)
        {
            if (campaign[property] is not { } value)
            {
                return null;
            }

            var day = PackParameter.ParseDate(value);
            if (day is null)
            {
                diagnostics.Add(Diagnostic.Error("pack.campaign.date", $"$.campaign.{property}", "日期应写成 yyyy-MM-dd", "dates are written yyyy-MM-dd"));
            }

            return day;
        }

        var start = Day("start");
        var end = Day("end");
        if (start > end)
        {
            diagnostics.Add(Diagnostic.Error("pack.campaign.order", "$.campaign.end", "结束日期早于开始日期", "the end date is before the start date"));
        }

        return new PackCampaign(start, end);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartIdPattern();
}
