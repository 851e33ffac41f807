using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Evaluation;

/// <summary>
/// Expression records for the answer scopes of one submission: the whole submission, and each repeat-group item
/// (whose expressions see the item's fields plus the form's top-level fields). Records are loaded once per scope
/// object and reused until <see cref="Invalidate"/>.
/// </summary>
internal sealed class ScopeRecords(CompiledForm form, JsonObject root)
{
    // The buffer is parsed straight back, never shown to anyone: skip escaping Chinese text.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ConditionalWeakTable<JsonObject, ExpressionRecord> _cache = [];

    public JsonObject Root { get; private set; } = root;

    /// <summary>The record for <paramref name="scope"/>, which is <see cref="Root"/> or an item of <paramref name="group"/>.</summary>
    public ExpressionRecord For(JsonObject scope, FormField? group)
    {
        if (_cache.TryGetValue(scope, out var record))
        {
            return record;
        }

        record = group is null || ReferenceEquals(scope, Root)
            ? Load(form.TopSchema, scope, shadowed: null)
            : Load(form.ItemSchema(group), Root, scope);
        _cache.AddOrUpdate(scope, record);
        return record;
    }

    /// <summary>Forgets every record (after answers changed) and optionally moves to a new root object.</summary>
    public void Invalidate(JsonObject? newRoot = null)
    {
        _cache.Clear();
        Root = newRoot ?? Root;
    }

    /// <summary>
    /// Loads <paramref name="answers"/> (plus, for an item, <paramref name="shadowed"/>'s own answers on top) through
    /// one UTF-8 buffer: cheaper than a string round trip, and the same conversions as every other record load.
    /// </summary>
    private static ExpressionRecord Load(ExpressionSchema schema, JsonObject answers, JsonObject? shadowed)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in answers)
            {
                if (shadowed is null || !shadowed.ContainsKey(key))
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, value);
                }
            }

            foreach (var (key, value) in shadowed ?? [])
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return ExpressionRecordLoader.Load(schema, document.RootElement);
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
