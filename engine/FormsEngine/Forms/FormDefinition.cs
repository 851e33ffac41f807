using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Forms.Fields;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms;

/// <summary>
/// A form designed by community staff: a JSON document with <c>schemaVersion</c>, <c>id</c>, <c>version</c>,
/// <c>title</c>, optional <c>description</c> and <c>fields</c> (schema: <c>rulepacks/schema/form.schema.json</c>).
/// Load with <see cref="Load(string, FormLoadOptions?)"/>, check answers with
/// <see cref="ValidateSubmission(JsonObject, SubmissionOptions?)"/>, save with <see cref="ToJson"/>.
/// Immutable and safe to share between threads once loaded.
/// </summary>
public sealed class FormDefinition
{
    /// <summary>The <c>schemaVersion</c> this engine reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _extras;

    internal FormDefinition(string id, int version, LocalizedText title, LocalizedText? description, IReadOnlyList<FormField> fields, JsonObject extras)
    {
        Id = id;
        Version = version;
        Title = title;
        Description = description;
        Fields = fields;
        _extras = extras;
        Scope = new FieldScope(fields);
    }

    /// <summary>The stable form id, e.g. <c>returnee-registration</c>.</summary>
    public string Id { get; }

    /// <summary>The form's own version, raised by staff on each published change.</summary>
    public int Version { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The optional description.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The top-level fields (pages contain further fields).</summary>
    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>The rule set that decides eligibility (<c>eligibility</c>), or null when the form has none.</summary>
    public FormEligibility? Eligibility { get; internal init; }

    /// <summary>
    /// How many days the personal data of a submission is kept after the form's campaign ends (<c>retentionDays</c>,
    /// 1–3650), or null for the host's default. PIPL asks for the shortest period the purpose needs.
    /// </summary>
    public int? RetentionDays { get; internal init; }

    internal FieldScope Scope { get; }

    /// <summary>Loads a form from JSON text. Never throws: problems are in <see cref="FormLoadResult.Diagnostics"/>.</summary>
    public static FormLoadResult Load(string json, FormLoadOptions? options = null)
    {
        options ??= FormLoadOptions.Default;
        if (json is null)
        {
            return FormReader.Malformed("表单文档为空", "the form document is null", 0, 0);
        }

        // Cheap upper bound first, so a huge string is rejected without encoding it.
        if ((long)json.Length > options.MaxDocumentBytes && Encoding.UTF8.GetByteCount(json) > options.MaxDocumentBytes)
        {
            return FormReader.TooLarge(Encoding.UTF8.GetByteCount(json), options);
        }

        return FormReader.Load(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Loads a form from UTF-8 JSON. Never throws on bad input.</summary>
    public static FormLoadResult Load(ReadOnlySpan<byte> utf8Json, FormLoadOptions? options = null) =>
        FormReader.Load(utf8Json, options ?? FormLoadOptions.Default);

    /// <summary>
    /// Loads a form from a UTF-8 stream, reading at most <see cref="FormLoadOptions.MaxDocumentBytes"/> + 1 bytes.
    /// Bad content gives diagnostics; only I/O failures of the stream itself throw.
    /// </summary>
    public static FormLoadResult Load(Stream stream, FormLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FormLoadOptions.Default;
        var limit = options.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return FormReader.TooLarge(buffer.Length, options);
            }
        }

        return FormReader.Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>The form as indented camelCase JSON; loading it again gives an equal form (unknown parts included).</summary>
    public string ToJson() => ToJsonObject().ToJsonString(WriteOptions);

    /// <summary>Finds a top-level field (or one inside a page) by key.</summary>
    public FormField? FindField(string key) => Find(Fields, key);

    /// <summary>
    /// Checks a submission (answers keyed by field key; a repeat group is an array of objects). Returns every error,
    /// the ignored keys and the normalized answers. The answers object is not modified.
    /// </summary>
    public SubmissionResult ValidateSubmission(JsonObject answers, SubmissionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var run = new ValidationRun(options ?? SubmissionOptions.Default, answers);
        var output = new JsonObject();
        try
        {
            run.ValidateScope(Scope, answers, output, null);
        }
        catch (InvalidOperationException ex)
        {
            // A parsed string escape that is not valid UTF-16 (a lone "\ud800") throws when read.
            var error = Diagnostic.Error(SubmissionCodes.Malformed, JsonPaths.Root, "提交内容中有无法读取的文字", "The answers contain an unreadable string: " + ex.Message);
            return new SubmissionResult([error], [], []);
        }

        return run.ToResult(output);
    }

    /// <summary>Parses and checks a submission given as JSON text; malformed JSON or a non-object is an error.</summary>
    public SubmissionResult ValidateSubmission(string answersJson, SubmissionOptions? options = null)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(answersJson ?? "");
        }
        catch (JsonException ex)
        {
            var error = Diagnostic.Error(SubmissionCodes.Malformed, null, "提交内容不是有效的 JSON", "The answers are not valid JSON: " + ex.Message)
                with { Line = (int)(ex.LineNumber ?? 0) + 1, Column = (int)(ex.BytePositionInLine ?? 0) + 1 };
            return new SubmissionResult([error], [], []);
        }

        if (node is not JsonObject answers)
        {
            var error = Diagnostic.Error(SubmissionCodes.NotAnObject, JsonPaths.Root, "提交内容应为 JSON 对象", "The answers must be a JSON object");
            return new SubmissionResult([error], [], []);
        }

        return ValidateSubmission(answers, options);
    }

    internal JsonObject ToJsonObject()
    {
        var obj = new JsonObject
        {
            ["schemaVersion"] = CurrentSchemaVersion,
            ["id"] = Id,
            ["version"] = Version,
            ["title"] = Title.ToJson(),
        };
        if (Description is not null)
        {
            obj["description"] = Description.ToJson();
        }

        if (Eligibility is not null)
        {
            obj["eligibility"] = Eligibility.ToJson();
        }

        if (RetentionDays is { } days)
        {
            obj["retentionDays"] = days;
        }

        obj["fields"] = FieldListReader.Write(Fields);
        foreach (var (name, value) in _extras)
        {
            obj[name] = value?.DeepClone();
        }

        return obj;
    }

    /// <summary>The field with <paramref name="key"/> among <paramref name="fields"/>, looking inside pages (which are transparent).</summary>
    internal static FormField? Find(IReadOnlyList<FormField> fields, string key)
    {
        foreach (var field in fields)
        {
            if (field.Key == key)
            {
                return field;
            }

            if (field is PageField && Find(field.Fields, key) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
