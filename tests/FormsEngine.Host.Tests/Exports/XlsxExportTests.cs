using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using FormsEngine.Host.Exports;

namespace FormsEngine.Host.Tests.Exports;

public sealed class XlsxExportTests
{
    [Fact]
    public async Task Opens_with_openxml_with_labels_chinese_and_numeric_cells()
    {
        var rows = await Read(ExportSamples.Rows(2));

        Assert.Equal(3, rows.Count);
        Assert.Equal(ExportSamples.ExpectedHeaders, rows[0].Select(c => c.Text));
        var first = rows[1];
        Assert.Equal("居民1", first[4].Text);
        Assert.Equal("火车/高铁", first[8].Text);
        Assert.Equal("咳嗽、发热", first[9].Text);
        Assert.Equal("=HYPERLINK(\"http://evil\")", first[12].Text);
        Assert.Equal("2", first[5].Number);
        Assert.Null(first[4].Number);
        Assert.Equal("李四; 王五", first[13].Text);
    }

    [Fact]
    public async Task Sheet_is_named_from_title_and_header_is_bold_and_frozen()
    {
        using var stream = new MemoryStream(await Write(ExportSamples.Rows(1)));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        var worksheet = workbook.WorksheetParts.Single().Worksheet;

        Assert.Equal("返乡人员登记2026 第一批二批", sheet.Name!.Value);
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var headerCell = worksheet.Descendants<Row>().First().Elements<Cell>().First();
        Assert.Equal(1u, headerCell.StyleIndex!.Value);
        var bold = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt(1);
        Assert.NotNull(bold.Bold);
    }

    [Fact]
    public async Task Package_passes_the_openxml_schema_validator()
    {
        using var stream = new MemoryStream(await Write(ExportSamples.Rows(3)));
        using var document = SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Empty_export_has_just_the_headers()
    {
        var rows = await Read([]);

        Assert.Equal(ExportSamples.ExpectedHeaders, Assert.Single(rows).Select(c => c.Text));
    }

    [Fact]
    public async Task Characters_xml_cannot_hold_are_dropped_and_surrogates_kept()
    {
        var row = ExportSamples.Row(1, "张\u0001三😀");

        var rows = await Read([row]);

        Assert.Equal("张三😀", rows[1][4].Text);
    }

    [Fact]
    public async Task Large_export_streams_to_an_async_only_output_with_bounded_writes()
    {
        var output = new CountingStream(keep: true);
        long seenAtMiddle = -1;

        await SubmissionExport.WriteXlsxAsync(ExportSamples.Table(), Rows(), output, CancellationToken.None);

        Assert.True(seenAtMiddle > 0, "nothing was written before the last row was read");
        Assert.True(output.LargestWrite < 1024 * 1024, $"largest write {output.LargestWrite} bytes");
        using var stream = new MemoryStream(output.Bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var count = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count();
        Assert.Equal(20_001, count);

        async IAsyncEnumerable<ExportRow> Rows()
        {
            foreach (var row in ExportSamples.Rows(20_000))
            {
                if (row.ReferenceNumber == "FE-010000")
                {
                    seenAtMiddle = output.Written;
                }

                yield return row;
            }

            await Task.CompletedTask;
        }
    }

    private static async Task<byte[]> Write(IEnumerable<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        await SubmissionExport.WriteXlsxAsync(ExportSamples.Table(), rows, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static async Task<List<List<(string? Text, string? Number)>>> Read(IEnumerable<ExportRow> rows)
    {
        using var stream = new MemoryStream(await Write(rows));
        using var document = SpreadsheetDocument.Open(stream, false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(Value).ToList())
            .ToList();
    }

    private static (string? Text, string? Number) Value(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return (cell.InlineString!.Text!.Text, null);
        }

        return cell.CellValue is { } value ? (null, value.Text) : (null, null);
    }
}
