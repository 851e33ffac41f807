using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Api;

/// <summary>Exports over HTTP: headed by field labels, masked by default, unmasked only for a community admin, always audited.</summary>
public sealed class ExportEndpointsTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public ExportEndpointsTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Xlsx_export_uses_labels_masks_by_default_and_is_audited()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var response = await staff.GetAsync(new Uri("/api/v1/submissions/export.xlsx?form=elderly-allowance", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rows = Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["编号", "提交时间", "社区", "状态", "老人姓名", "老人身份证号", "年龄（周岁）", "联系电话", "户籍", "在本社区居住年限（年）", "是否独居", "是否已领取其他同类养老补贴"], rows[0]);
        var row = rows[1];
        Assert.Equal("东区社区", row[2]);
        Assert.Equal("符合条件", row[3]);
        Assert.Equal("110***********0014", row[5]);
        Assert.Equal("本市户籍", row[8]);
        Assert.Equal("是", row[10]);

        using var denied = await staff.GetAsync(new Uri("/api/v1/submissions/export.xlsx?form=elderly-allowance&unmasked=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var admin = await _factory.CreateStaffClientAsync("dongqu.admin");
        var csv = await admin.GetStringAsync(new Uri("/api/v1/submissions/export.csv?form=elderly-allowance&unmasked=true", UriKind.Relative));
        Assert.Contains("110105194003070014", csv, StringComparison.Ordinal);

        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var audit = await scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>().AuditLog.Where(a => a.Action.StartsWith("export.")).ToListAsync();
        Assert.Contains(audit, a => a.Action == "export.masked" && a.Actor == "dongqu.staff" && a.Subject == "elderly-allowance");
        Assert.Contains(audit, a => a.Action == "export.unmasked" && a.Actor == "dongqu.admin" && a.CommunityId == "xinhua-dongqu");
    }

    private static List<List<string?>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.Text!.Text : c.CellValue?.Text).ToList())
            .ToList();
    }
}
