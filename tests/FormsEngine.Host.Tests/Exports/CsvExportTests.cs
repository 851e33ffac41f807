using System.Text;
using FormsEngine.Host.Exports;

namespace FormsEngine.Host.Tests.Exports;

public sealed class CsvExportTests
{
    [Fact]
    public async Task Starts_with_bom_and_round_trips_chinese()
    {
        var bytes = await Write(ExportSamples.Rows(2));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Lines(bytes);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(',', ExportSamples.ExpectedHeaders), lines[0]);
        Assert.StartsWith("FE-000001,2026-01-20 10:30:00,幸福里社区,已通过,居民1,2,否,2026-01-20,火车/高铁,咳嗽、发热,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",我的照片.jpg,\"'=HYPERLINK(\"\"http://evil\"\")\",李四; 王五,30; ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+8613800000000", "'+8613800000000")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("说\"你好\"", "\"说\"\"你好\"\"\"")]
    [InlineData("两行\n文字", "\"两行\n文字\"")]
    [InlineData("普通", "普通")]
    [InlineData("", "")]
    public void Text_is_escaped_and_defused(string text, string expected) =>
        Assert.Equal(expected, CsvExportWriter.Escape(ExportCell.FromText(text)));

    [Fact]
    public void Numbers_are_not_prefixed() =>
        Assert.Equal("-5.5", CsvExportWriter.Escape(ExportCell.FromNumber(-5.5m)));

    [Fact]
    public async Task Empty_export_has_just_the_headers()
    {
        var lines = Lines(await Write([]));

        Assert.Equal([string.Join(',', ExportSamples.ExpectedHeaders)], lines);
    }

    [Fact]
    public async Task Large_export_streams_while_rows_are_read()
    {
        var output = new CountingStream();
        long seenAtMiddle = -1;

        await SubmissionExport.WriteCsvAsync(ExportSamples.Table(), Rows(), output, CancellationToken.None);

        Assert.True(seenAtMiddle > 0, "nothing was written before the last row was read");
        Assert.True(output.Written > 20_000 * 100);

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
        await SubmissionExport.WriteCsvAsync(ExportSamples.Table(), rows, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static string[] Lines(byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }
}
