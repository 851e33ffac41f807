using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tests.Packs.Ledger;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Packs.Features;
using FormsEngine.Host.Tests.Resident;
using FormsEngine.Host.Tests.Submissions;
using FormsEngine.Host.Tests.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Tenancy.Fuzz;

/// <summary>
/// One community's data, seeded over real HTTP (staff API and the resident page), and every id an attacker from
/// another community could try: submission ids, references, tasks, workflow instances, publications, uploads, pass
/// codes, grids and buildings. <see cref="Secrets"/> are what must never reach another community's response.
/// </summary>
internal sealed class TenantSecrets
{
    private TenantSecrets(string community, string prefix)
    {
        Community = community;
        Prefix = prefix;
        Marker = "MK" + prefix.ToUpperInvariant() + Guid.NewGuid().ToString("N")[..10];
    }

    public string Community { get; }

    /// <summary>The account prefix of the community's demo staff (dongqu, xiqu).</summary>
    public string Prefix { get; }

    /// <summary>A string found only in this community's answers and uploaded file.</summary>
    public string Marker { get; }

    public List<string> SubmissionIds { get; } = [];

    public List<string> References { get; } = [];

    public List<string> TaskIds { get; } = [];

    public List<string> InstanceIds { get; } = [];

    public List<string> UploadIds { get; } = [];

    public List<string> PassCodes { get; } = [];

    public List<string> PublicationIds { get; } = [];

    public List<string> Grids { get; } = [];

    public List<string> Buildings { get; } = [];

    public List<string> IdNumbers { get; } = [];

    public List<string> Phones { get; } = [];

    /// <summary>Personal data in the clear: never in any response to another community, whatever its status.</summary>
    public IEnumerable<string> PersonalSecrets => [Marker, .. IdNumbers, .. Phones];

    /// <summary>What a 2xx answer to another community may not carry (unless the caller sent it).</summary>
    public IEnumerable<string> Secrets => [.. PersonalSecrets, .. References, .. SubmissionIds, .. TaskIds, .. InstanceIds, .. UploadIds, .. PassCodes];

    /// <summary>Every id of this community an attacker could put into a route, query or body.</summary>
    public IReadOnlyList<string> AllIds => [Community, .. SubmissionIds, .. References, .. TaskIds, .. InstanceIds, .. UploadIds, .. PassCodes, .. PublicationIds, .. Grids, .. Buildings];

    public string Building => Buildings[0];

    /// <summary>Seeds submissions of four forms (one through the resident page with a photo), approves a visitor permit and a points record.</summary>
    public static async Task<TenantSecrets> SeedAsync(HostFactory factory, string community, string prefix, int salt)
    {
        var t = new TenantSecrets(community, prefix);
        await t.LoadTenantsAsync(factory);
        using var staff = await factory.CreateStaffClientAsync(prefix + ".staff");

        var idNumber = FeatureTestData.IdNumber("19400307");
        var phone = "137" + (10_000_000 + salt).ToString(CultureInfo.InvariantCulture);
        var elderly = StaffSubmissionApiTests.ElderlyAnswers(idNumber, phone);
        elderly["姓名"] = "李" + t.Marker;
        t.Track(await FeatureTestData.SubmitAsync(staff, community, "elderly-allowance", elderly, t.Building), idNumber, phone);

        var visitorId = FeatureTestData.IdNumber("19900101");
        var (host, visitor) = ("139" + (20_000_000 + salt).ToString(CultureInfo.InvariantCulture), "136" + (20_000_000 + salt).ToString(CultureInfo.InvariantCulture));
        var permit = await FeatureTestData.SubmitAsync(staff, community, "visitor-permit-application", Permit(visitorId, host, visitor, t.Marker), t.Building);
        t.Track(permit, visitorId, host, visitor);
        t.PassCodes.Add("XH-" + permit["reference"]!.GetValue<string>());

        var volunteerPhone = "135" + (10_000_000 + salt).ToString(CultureInfo.InvariantCulture);
        var points = await LedgerClient.SubmitAsync(staff, community, "volunteer-points-service", Volunteer(volunteerPhone, t.Marker));
        t.Track(points, null, volunteerPhone);

        await t.ResidentCheckinAsync(factory, salt);
        await factory.WorkflowsSettledAsync();
        await ApproveAsync(factory, staff, permit["id"]!.GetValue<string>());
        await ApproveAsync(factory, staff, points["id"]!.GetValue<string>());
        await LedgerClient.PostAsync(factory);
        await t.LoadStoredIdsAsync(factory);
        return t;
    }

    /// <summary>Notes which secrets the attacker has sent so far (its own audit log may echo them back later).</summary>
    public void NoteSent(string request, HashSet<string> sent) =>
        sent.UnionWith(Secrets.Where(s => request.Contains(s, StringComparison.Ordinal)));

    /// <summary>
    /// A secret of this community that <paramref name="body"/> carries and the attacker never sent; for a signed-in
    /// 2xx also a record of this community (<c>"communityId":"…"</c>), whatever the attacker sent. With
    /// <paramref name="holdsReceipt"/> the caller opened one of this community's receipts by its id: the page is the
    /// resident's own (the id is the capability), so non-personal answers carrying the marker may show; ID numbers and
    /// phones still may not.
    /// </summary>
    public string? LeakIn(string body, HashSet<string> sent, bool personalOnly, bool holdsReceipt = false)
    {
        if (!personalOnly && (body.Contains($"\"communityId\":\"{Community}\"", StringComparison.Ordinal) || body.Contains($"\"community\":\"{Community}\"", StringComparison.Ordinal)))
        {
            return "a record of " + Community;
        }

        var secrets = personalOnly ? PersonalSecrets : Secrets;
        if (holdsReceipt)
        {
            secrets = secrets.Where(s => s != Marker);
        }

        return secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal) && !sent.Contains(s));
    }

    private void Track(JsonObject receipt, string? idNumber, params string[] phones)
    {
        SubmissionIds.Add(receipt["id"]!.GetValue<string>());
        References.Add(receipt["reference"]!.GetValue<string>());
        if (idNumber is not null)
        {
            IdNumbers.Add(idNumber);
        }

        Phones.AddRange(phones);
    }

    private async Task ResidentCheckinAsync(HostFactory factory, int salt)
    {
        var url = $"/f/{Community}/daily-health-checkin?b={Building}";
        var phone = "139" + (10_000_000 + salt).ToString(CultureInfo.InvariantCulture);
        using var resident = new ResidentBrowserless(factory);
        await resident.OpenAsync(url);
        List<KeyValuePair<string, string>> fields =
            [new("姓名", "赵" + Marker), new("手机号", phone), new("体温", "36.5"), new("症状", "none"), new("打卡时间", "2026-11-22T08:30")];
        byte[] photo = [.. UploadSamples.Png, .. Encoding.ASCII.GetBytes(Marker), .. new byte[500]];
        using var posted = await resident.PostMultipartAsync(url, fields, "健康码截图", "健康码.png", "image/png", photo);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, resident.Html);
        Phones.Add(phone);
    }

    private static async Task ApproveAsync(HostFactory factory, HttpClient staff, string submissionId)
    {
        var task = await FeatureTestData.TaskOfAsync(staff, submissionId);
        using var done = await staff.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve", comment = "核实" });
        Assert.True(done.StatusCode == HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        await factory.WorkflowsSettledAsync();
    }

    private async Task LoadTenantsAsync(HostFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        var rows = await db.Tenants.AsNoTracking().Where(r => r.CommunityId == Community).ToListAsync();
        Grids.AddRange(rows.Where(r => r.Kind == TenantKind.Grid).Select(r => r.Id).Order(StringComparer.Ordinal));
        Buildings.AddRange(rows.Where(r => r.Kind == TenantKind.Building).Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>The ids the database holds for this community: every submission (incl. the resident's), its workflows, tasks and uploads.</summary>
    private async Task LoadStoredIdsAsync(HostFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.CommunityId == Community).Select(s => new { s.Id, s.Reference }).ToListAsync();
        SubmissionIds.AddRange(submissions.Select(s => s.Id).Except(SubmissionIds));
        References.AddRange(submissions.Select(s => s.Reference).Except(References));
        InstanceIds.AddRange(await db.SubmissionWorkflows.AsNoTracking().Where(w => w.CommunityId == Community).Select(w => w.InstanceId).ToListAsync());
        UploadIds.AddRange(await db.Uploads.AsNoTracking().Where(u => u.CommunityId == Community).Select(u => u.Id).ToListAsync());
        PublicationIds.AddRange((await db.Publications.AsNoTracking().Where(p => p.CommunityId == Community).Select(p => p.Id).ToListAsync())
            .Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var runtime = scope.ServiceProvider.GetRequiredService<FormsEngine.Workflows.WorkflowRuntime>();
        foreach (var instance in InstanceIds)
        {
            if (await runtime.GetInstanceAsync(instance, CancellationToken.None) is { } view)
            {
                TaskIds.AddRange(view.Tasks.Select(task => task.Id));
            }
        }

        Assert.NotEmpty(UploadIds);
        Assert.NotEmpty(TaskIds);
    }

    private static JsonObject Permit(string visitorId, string hostPhone, string visitorPhone, string marker)
    {
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new()
        {
            ["住户姓名"] = "陈" + marker, ["住户手机"] = hostPhone, ["房号"] = "3单元502", ["访客姓名"] = "陈小明",
            ["访客身份证号"] = visitorId, ["访客手机"] = visitorPhone, ["与住户关系"] = "亲属", ["来访日期"] = today, ["离开日期"] = today,
            ["来访事由"] = "探亲", ["健康码"] = "绿码", ["到过中高风险地区"] = false, ["发热等症状"] = false, ["核酸检测"] = "48小时内阴性", ["承诺属实"] = true,
        };
    }

    private static JsonObject Volunteer(string phone, string marker) => new()
    {
        ["姓名"] = "李志愿",
        ["手机号"] = phone,
        ["活动类型"] = "防疫值守",
        ["活动名称"] = "值守" + marker,
        ["服务日期"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["服务时长"] = 2.0,
    };
}
