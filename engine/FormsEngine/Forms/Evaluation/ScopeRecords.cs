using System.Runtime.CompilerServices;
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

    public JsonObject Root { get; } = root;

    /// <summary>The record for <paramref name="scope"/>, which is <see cref="Root"/> or an item of <paramref name="group"/>.</summary>
    public ExpressionRecord For(JsonObject scope, FormField? group)
    {
        if (_cache.TryGetValue(scope, out var record))
        {
            return record;
        }

        if (group is null || ReferenceEquals(scope, Root))
        {
            record = ExpressionRecordLoader.Load(form.TopSchema, scope);
        }
        else
        {
            // The item's own fields shadow top-level fields of the same key even when the item has no answer yet,
            // and an item does not see its own group's list.
            record = form.ItemSchema(group).CreateRecord();
            ExpressionRecordLoader.Fill(record, Root, skip: form.ItemKeys(group));
            ExpressionRecordLoader.Fill(record, scope, skip: null);
        }

        _cache.AddOrUpdate(scope, record);
        return record;
    }

    /// <summary>Forgets every record, after answers changed.</summary>
    public void Invalidate() => _cache.Clear();
}
