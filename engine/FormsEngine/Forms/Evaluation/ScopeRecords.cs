using System.Buffers;
using System.Runtime.CompilerServices;
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
            ? ExpressionRecordLoader.Load(form.TopSchema, scope)
            : LoadItem(form.ItemSchema(group), scope);
        _cache.AddOrUpdate(scope, record);
        return record;
    }

    /// <summary>Forgets every record (after answers changed) and optionally moves to a new root object.</summary>
    public void Invalidate(JsonObject? newRoot = null)
    {
        _cache.Clear();
        Root = newRoot ?? Root;
    }

    private ExpressionRecord LoadItem(ExpressionSchema schema, JsonObject item)
    {
        // The item's own answers shadow top-level answers of the same key, as the item schema does.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in Root)
            {
                if (!item.ContainsKey(key))
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, value);
                }
            }

            foreach (var (key, value) in item)
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
