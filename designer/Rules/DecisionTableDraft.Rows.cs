using System.Text.Json.Nodes;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Editing rows, cells and the hit policy.</summary>
public sealed partial class DecisionTableDraft
{
    /// <summary>Sets the hit policy (written as the engine spells it, e.g. <c>RULE ORDER</c>).</summary>
    public bool SetHitPolicy(HitPolicy policy) => _history.Edit("hit policy", null, root =>
    {
        root["hitPolicy"] = HitPolicies.First(p => p.Policy == policy).Text;
        return true;
    });

    /// <summary>Sets one cell: an input cell (<paramref name="input"/> true) or an output cell. Typing in one cell merges into one undo step.</summary>
    public bool SetCell(int row, bool input, int column, string? text) => _history.Edit("cell", (row, input, column), root =>
    {
        if (RowAt(root, row) is not { } r || column < 0)
        {
            return false;
        }

        var cells = r[input ? "inputEntries" : "outputEntries"] as JsonArray ?? [];
        r[input ? "inputEntries" : "outputEntries"] = cells;
        while (cells.Count <= column)
        {
            cells.Add("-");
        }

        cells[column] = text ?? "";
        return true;
    });

    /// <summary>Sets the row's description; blank removes it.</summary>
    public bool SetDescription(int row, string? text) => _history.Edit("description", ("description", row), root =>
    {
        if (RowAt(root, row) is not { } r)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            r.Remove("description");
        }
        else
        {
            r["description"] = text;
        }

        return true;
    });

    /// <summary>Adds a row after <paramref name="after"/> (at the end when null): every input <c>-</c> (any value), outputs blank. Returns its index.</summary>
    public int? AddRow(int? after = null)
    {
        int? added = null;
        _history.Edit("add row", null, root =>
        {
            var rows = root["rules"] as JsonArray ?? [];
            root["rules"] = rows;
            var inputs = (root["inputs"] as JsonArray)?.Count ?? 0;
            var outputs = (root["outputs"] as JsonArray)?.Count ?? 0;
            var row = new JsonObject
            {
                ["inputEntries"] = new JsonArray([.. Enumerable.Repeat("-", inputs).Select(s => (JsonNode)s)]),
                ["outputEntries"] = new JsonArray([.. Enumerable.Repeat("", outputs).Select(s => (JsonNode)s)]),
            };
            var index = after is { } a ? Math.Clamp(a + 1, 0, rows.Count) : rows.Count;
            rows.Insert(index, row);
            added = index;
            return true;
        });
        return added;
    }

    /// <summary>Removes a row.</summary>
    public bool RemoveRow(int row) => _history.Edit("remove row", null, root =>
    {
        if (root["rules"] is not JsonArray rows || row < 0 || row >= rows.Count)
        {
            return false;
        }

        rows.RemoveAt(row);
        return true;
    });

    /// <summary>Moves a row up (-1) or down (+1); returns its new index.</summary>
    public int? MoveRow(int row, int offset)
    {
        int? moved = null;
        _history.Edit("move row", null, root =>
        {
            if (root["rules"] is not JsonArray rows || row < 0 || row >= rows.Count || row + offset < 0 || row + offset >= rows.Count || offset == 0)
            {
                return false;
            }

            var node = rows[row];
            rows.RemoveAt(row);
            rows.Insert(row + offset, node);
            moved = row + offset;
            return true;
        });
        return moved;
    }

    private static JsonObject? RowAt(JsonNode root, int row) =>
        root["rules"] is JsonArray rows && row >= 0 && row < rows.Count ? rows[row] as JsonObject : null;
}
