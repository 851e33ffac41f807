using System.Text.Json.Nodes;

namespace FormsEngine.Host.Exports;

/// <summary>
/// One answer column: a header (the field's Chinese label) and the path of field keys from the answers root to the
/// value. A path that passes through a repeat group (an array of objects) collects the value from every item; the
/// items are formatted as text and joined with <see cref="ItemSeparator"/>, keeping empty items so that the n-th
/// entry of each column of the same group belongs to the same item (e.g. 姓名 “张三; 李四”, 年龄 “30; 8”).
/// </summary>
internal sealed class ExportColumn
{
    /// <summary>Joins the values of a field inside a repeat group, one entry per item.</summary>
    public const string ItemSeparator = "; ";

    private readonly Func<JsonNode, ExportCell> _format;

    /// <param name="header">The column header.</param>
    /// <param name="path">Field keys from the answers root; at least one.</param>
    /// <param name="format">Formats one non-null value; <see cref="ExportValues.Generic"/> when null.</param>
    public ExportColumn(string header, IReadOnlyList<string> path, Func<JsonNode, ExportCell>? format = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(path);
        if (path.Count == 0)
        {
            throw new ArgumentException("an export column needs at least one key", nameof(path));
        }

        Header = header;
        Path = path;
        _format = format ?? ExportValues.Generic;
    }

    public string Header { get; }

    public IReadOnlyList<string> Path { get; }

    /// <summary>The formatted value of this column for one submission's answers.</summary>
    public ExportCell Read(JsonObject answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        JsonNode? node = answers;
        for (var i = 0; i < Path.Count; i++)
        {
            if (node is JsonArray)
            {
                var values = new List<string>();
                Collect(node, i, values);
                return Join(values);
            }

            if (node is not JsonObject obj)
            {
                return ExportCell.Empty;
            }

            node = obj[Path[i]];
        }

        return Format(node);
    }

    private ExportCell Format(JsonNode? node) => node is null ? ExportCell.Empty : _format(node);

    private void Collect(JsonNode? node, int depth, List<string> values)
    {
        if (depth == Path.Count)
        {
            values.Add(Format(node).ToString());
            return;
        }

        switch (node)
        {
            case JsonArray items:
                foreach (var item in items)
                {
                    Collect(item, depth, values);
                }

                break;
            case JsonObject obj:
                Collect(obj[Path[depth]], depth + 1, values);
                break;
            default:
                values.Add("");
                break;
        }
    }

    private static ExportCell Join(List<string> values)
    {
        foreach (var value in values)
        {
            if (value.Length > 0)
            {
                return ExportCell.FromText(string.Join(ItemSeparator, values));
            }
        }

        return ExportCell.Empty;
    }

    public override string ToString() => $"{Header} ({string.Join('.', Path)})";
}
