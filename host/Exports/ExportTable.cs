using FormsEngine.Forms;

namespace FormsEngine.Host.Exports;

/// <summary>
/// What to export: a title (the sheet name), the answer columns, and the time zone for the submission time. Every
/// export starts with the fixed columns <see cref="FixedHeaders"/> (编号, 提交时间, 社区, 状态).
/// </summary>
internal sealed class ExportTable
{
    /// <summary>The headers of the columns every export starts with, from <see cref="ExportRow"/>.</summary>
    public static readonly IReadOnlyList<string> FixedHeaders = ["编号", "提交时间", "社区", "状态"];

    private static readonly Lazy<TimeZoneInfo> Shanghai = new(FindShanghai);

    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, TimeZoneInfo? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        Title = title;
        Columns = columns;
        TimeZone = timeZone ?? Shanghai.Value;
    }

    /// <summary>The form title; the .xlsx sheet name is made from it (<see cref="SheetNames"/>).</summary>
    public string Title { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>Submission times are printed in this zone as <c>yyyy-MM-dd HH:mm:ss</c>; Asia/Shanghai by default.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The table of a form: its Chinese title and <see cref="ExportColumns.For"/>.</summary>
    public static ExportTable For(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new ExportTable(form.Title.Zh, ExportColumns.For(form));
    }

    /// <summary>All headers: the fixed ones, then the answer columns.</summary>
    public IEnumerable<string> Headers()
    {
        foreach (var header in FixedHeaders)
        {
            yield return header;
        }

        foreach (var column in Columns)
        {
            yield return column.Header;
        }
    }

    /// <summary>The cells of one row, in header order, into <paramref name="cells"/> (cleared first).</summary>
    public void Fill(ExportRow row, List<ExportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(cells);
        cells.Clear();
        cells.Add(ExportCell.FromText(row.ReferenceNumber));
        cells.Add(ExportCell.FromText(FormatTime(row.SubmittedAt)));
        cells.Add(ExportCell.FromText(row.Community));
        cells.Add(ExportCell.FromText(row.Status));
        foreach (var column in Columns)
        {
            cells.Add(column.Read(row.Answers));
        }
    }

    private string FormatTime(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindShanghai()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: China has had no daylight saving since 1991, so a fixed +08:00 is exact.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
        }
    }
}
