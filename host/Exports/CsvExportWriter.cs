using System.Text;

namespace FormsEngine.Host.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, every field quoted only when it holds a comma, quote, CR or LF, quotes doubled. UTF-8
/// with a byte order mark so that Excel reads Chinese correctly. Against CSV (formula) injection, a text cell that
/// starts with <c>= + - @</c>, tab or CR gets a leading apostrophe; numbers the export formatted itself are left alone.
/// </summary>
internal static class CsvExportWriter
{
    private const int BufferSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(ExportTable table, IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, Utf8WithBom, BufferSize, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            var line = new StringBuilder(256);
            var first = true;
            foreach (var header in table.Headers())
            {
                AppendField(line, ExportCell.FromText(header), ref first);
            }

            line.Append("\r\n");
            var cells = new List<ExportCell>(ExportTable.FixedHeaders.Count + table.Columns.Count);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                table.Fill(row, cells);
                first = true;
                foreach (var cell in cells)
                {
                    AppendField(line, cell, ref first);
                }

                line.Append("\r\n");
                if (line.Length >= BufferSize / 2)
                {
                    await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                    line.Clear();
                }
            }

            await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One field, escaped; public for tests.</summary>
    public static string Escape(ExportCell cell)
    {
        var builder = new StringBuilder();
        var first = true;
        AppendField(builder, cell, ref first);
        return builder.ToString();
    }

    private static void AppendField(StringBuilder line, ExportCell cell, ref bool first)
    {
        if (!first)
        {
            line.Append(',');
        }

        first = false;
        if (cell.Number is not null)
        {
            line.Append(cell.ToString());
            return;
        }

        var text = cell.Text ?? "";
        var defuse = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(defuse ? "'" : "").Append(text);
            return;
        }

        line.Append('"');
        if (defuse)
        {
            line.Append('\'');
        }

        line.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        line.Append('"');
    }
}
