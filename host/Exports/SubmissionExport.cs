namespace FormsEngine.Host.Exports;

/// <summary>
/// The entry points for exporting submissions: build an <see cref="ExportTable"/> (usually
/// <see cref="ExportTable.For"/>), then write rows as .xlsx or CSV to a stream (an HTTP response body is fine: all
/// writes to it are asynchronous). Neither method closes the stream.
/// </summary>
internal static class SubmissionExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv; charset=utf-8";

    public static Task WriteXlsxAsync(ExportTable table, IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken) =>
        XlsxExportWriter.WriteAsync(table, rows, output, cancellationToken);

    public static Task WriteXlsxAsync(ExportTable table, IEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken) =>
        XlsxExportWriter.WriteAsync(table, rows.ToAsyncEnumerable(), output, cancellationToken);

    public static Task WriteCsvAsync(ExportTable table, IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken) =>
        CsvExportWriter.WriteAsync(table, rows, output, cancellationToken);

    public static Task WriteCsvAsync(ExportTable table, IEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken) =>
        CsvExportWriter.WriteAsync(table, rows.ToAsyncEnumerable(), output, cancellationToken);

    /// <summary>A download name such as <c>返乡人员登记-20261122.xlsx</c> (title made safe for a file name).</summary>
    public static string FileName(string title, DateOnly date, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Uploads.FileNames.Sanitize(title)}-{date:yyyyMMdd}.{extension}");
}
