using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormsEngine.Host.Exports;

namespace FormsEngine.Benchmarks.Exports;

/// <summary>
/// Exporting 10,000 submissions × 20 answer columns (half Chinese text, half numbers) as CSV and as streamed .xlsx,
/// against a plain <see cref="StreamWriter"/> writing the same values joined by commas (no quoting, no injection
/// defence, no formatting: the floor). Everything goes to <see cref="Stream.Null"/>. Setup checks the row counts of
/// all three outputs before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private const int RowCount = 10_000;
    private const int ColumnCount = 20;

    private ExportTable _table = null!;
    private List<ExportRow> _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        var columns = new List<ExportColumn>(ColumnCount);
        for (var c = 0; c < ColumnCount; c++)
        {
            columns.Add(new ExportColumn("字段" + c.ToString("00", CultureInfo.InvariantCulture), [Key(c)]));
        }

        _table = new ExportTable("基准表单", columns);
        _rows = new List<ExportRow>(RowCount);
        var at = new DateTimeOffset(2026, 1, 20, 2, 30, 0, TimeSpan.Zero);
        for (var r = 0; r < RowCount; r++)
        {
            var answers = new JsonObject();
            for (var c = 0; c < ColumnCount; c++)
            {
                answers[Key(c)] = c % 2 == 0 ? JsonValue.Create($"居民{r}的回答{c}") : JsonValue.Create((decimal)(r * 31 + c) / 4);
            }

            _rows.Add(new ExportRow("FE-" + r.ToString("000000", CultureInfo.InvariantCulture), at.AddMinutes(r), "幸福里社区", "已通过", answers));
        }

        Check();
    }

    [Benchmark(Baseline = true)]
    public void StreamWriterJoin()
    {
        using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
        WriteBaseline(writer);
    }

    [Benchmark]
    public Task Csv() => SubmissionExport.WriteCsvAsync(_table, _rows, Stream.Null, CancellationToken.None);

    [Benchmark]
    public Task Xlsx() => SubmissionExport.WriteXlsxAsync(_table, _rows, Stream.Null, CancellationToken.None);

    private void WriteBaseline(StreamWriter writer)
    {
        writer.WriteLine(string.Join(',', _table.Headers()));
        foreach (var row in _rows)
        {
            writer.Write(row.ReferenceNumber);
            writer.Write(',');
            writer.Write(row.SubmittedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Community);
            writer.Write(',');
            writer.Write(row.Status);
            foreach (var (_, value) in row.Answers)
            {
                writer.Write(',');
                writer.Write(value?.ToString());
            }

            writer.WriteLine();
        }
    }

    private void Check()
    {
        using var baseline = new MemoryStream();
        using (var writer = new StreamWriter(baseline, new UTF8Encoding(true), 64 * 1024, leaveOpen: true))
        {
            WriteBaseline(writer);
        }

        using var csv = new MemoryStream();
        SubmissionExport.WriteCsvAsync(_table, _rows, csv, CancellationToken.None).GetAwaiter().GetResult();
        using var xlsx = new MemoryStream();
        SubmissionExport.WriteXlsxAsync(_table, _rows, xlsx, CancellationToken.None).GetAwaiter().GetResult();
        xlsx.Position = 0;
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheetRows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count();
        var baselineLines = Lines(baseline);
        var csvLines = Lines(csv);
        if (baselineLines != RowCount + 1 || csvLines != RowCount + 1 || sheetRows != RowCount + 1)
        {
            throw new InvalidOperationException($"expected {RowCount + 1} rows; baseline {baselineLines}, csv {csvLines}, xlsx {sheetRows}");
        }
    }

    private static int Lines(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray()).Count(c => c == '\n');

    private static string Key(int column) => "f" + column.ToString("00", CultureInfo.InvariantCulture);
}
