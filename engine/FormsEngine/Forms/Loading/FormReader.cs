using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Forms.Loading;

/// <summary>
/// Parses a form document to a <see cref="JsonNode"/> tree and walks it by hand so every problem is reported at once,
/// with its path. Never throws on bad input.
/// </summary>
internal static class FormReader
{
    private const int MaxIdLength = 100;

    private const int MaxRetentionDays = 3650;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 64,
        AllowDuplicateProperties = false,
    };

    public static FormLoadResult Load(ReadOnlySpan<byte> utf8, FormLoadOptions options)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            return TooLarge(utf8.Length, options);
        }

        // Files saved by Windows editors often start with a UTF-8 byte order mark.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8, nodeOptions: null, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Malformed("JSON 格式错误", "malformed JSON: " + ex.Message, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
        }

        var context = new LoadContext(options);
        if (root is not JsonObject obj)
        {
            context.Error(LoadCodes.NotAnObject, JsonPaths.Root, "表单文档应为 JSON 对象", "a form document must be a JSON object");
            return new FormLoadResult(null, context.Diagnostics);
        }

        try
        {
            var form = ReadForm(obj, context);
            return new FormLoadResult(context.HasErrors ? null : form, context.Diagnostics);
        }
        catch (InvalidOperationException ex)
        {
            // The tokenizer accepts escapes such as a lone "\ud800" that cannot become a .NET string; reading them throws.
            return Malformed("JSON 中有无法读取的字符串（如不成对的 \\u 代理项）", "unreadable string in the JSON: " + ex.Message, 0, 0);
        }
    }

    private static FormDefinition? ReadForm(JsonObject obj, LoadContext context)
    {
        var r = new ObjectReader(obj, JsonPaths.Root, context);
        if (!CheckSchemaVersion(r))
        {
            return null;
        }

        var id = r.String("id", required: true);
        if (id is not null && !IsValidId(id))
        {
            context.Error(LoadCodes.InvalidId, r.PathOf("id"), "表单标识只能包含小写字母、数字和连字符，如 returnee-registration", "the form id may contain only lower-case letters, digits and hyphens, e.g. returnee-registration");
        }

        var version = r.Int("version", 1, required: true);
        var title = r.Text("title", required: true);
        var description = r.Text("description");
        var eligibility = ReadEligibility(r);
        var retentionDays = r.Int("retentionDays", 1);
        if (retentionDays > MaxRetentionDays)
        {
            context.Error(LoadCodes.OutOfRange, r.PathOf("retentionDays"), $"保存期限不能超过 {MaxRetentionDays} 天", $"retentionDays may not exceed {MaxRetentionDays}");
        }

        var fields = FieldListReader.Read(r.Array("fields", required: true), r.PathOf("fields"), context, new KeyScope());
        if (context.HasErrors || id is null || version is null || title is null)
        {
            return null;
        }

        return new FormDefinition(id, version.Value, title, description, fields, r.Extras())
        {
            Eligibility = eligibility,
            RetentionDays = retentionDays,
        };
    }

    private static FormEligibility? ReadEligibility(ObjectReader form)
    {
        if (form.Object("eligibility") is not { } obj)
        {
            return null;
        }

        var r = new ObjectReader(obj, form.PathOf("eligibility"), form.Context);
        var ruleSet = r.String("ruleSet", required: true);
        var workflow = r.String("workflow");
        if (ruleSet is not null && !IsValidId(ruleSet))
        {
            form.Context.Error(LoadCodes.InvalidId, r.PathOf("ruleSet"), "规则集标识只能包含小写字母、数字和连字符，如 elderly-allowance", "the rule set id may contain only lower-case letters, digits and hyphens, e.g. elderly-allowance");
        }

        foreach (var (name, _) in r.Extras())
        {
            form.Context.Error(LoadCodes.InvalidValue, r.PathOf(name), $"eligibility 中没有“{name}”这一项（可用 ruleSet、workflow）", $"eligibility has no property '{name}' (use ruleSet, workflow)");
        }

        return ruleSet is null ? null : new FormEligibility(ruleSet, workflow);
    }

    private static bool CheckSchemaVersion(ObjectReader r)
    {
        if (!r.Has("schemaVersion"))
        {
            r.Context.Error(LoadCodes.SchemaVersionMissing, r.PathOf("schemaVersion"), "缺少 schemaVersion", "schemaVersion is missing");
            return false;
        }

        var version = r.Int("schemaVersion", 0);
        if (version is null)
        {
            return false;
        }

        if (version != FormDefinition.CurrentSchemaVersion)
        {
            r.Context.Error(
                LoadCodes.SchemaVersionUnsupported,
                r.PathOf("schemaVersion"),
                $"不支持的 schemaVersion：{version}（当前版本为 {FormDefinition.CurrentSchemaVersion}）",
                $"unsupported schemaVersion {version} (this engine reads {FormDefinition.CurrentSchemaVersion})");
            return false;
        }

        return true;
    }

    private static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    internal static FormLoadResult TooLarge(long bytes, FormLoadOptions options) =>
        new(null, [Diagnostic.Error(LoadCodes.TooLarge, null, $"表单文档过大（{bytes} 字节，上限 {options.MaxDocumentBytes} 字节）", $"the form document is too large ({bytes} bytes, limit {options.MaxDocumentBytes})")]);

    internal static FormLoadResult Malformed(string zh, string en, int line, int column) =>
        new(null, [Diagnostic.Error(LoadCodes.Malformed, null, zh, en) with { Line = line, Column = column }]);
}
