using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Uploads;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>Photo upload on the resident page: sniffed by content, stored encrypted, opened only by an allowed role, audited.</summary>
public sealed class ResidentUploadTests : IClassFixture<HostFactory>
{
    private const string Checkin = "/f/xinhua-dongqu/daily-health-checkin";
    private readonly HostFactory _factory;

    public ResidentUploadTests(HostFactory factory) => _factory = factory;

    private static List<KeyValuePair<string, string>> Fields(string mobile) =>
    [
        new("姓名", "赵敏"),
        new("手机号", mobile),
        new("体温", "36.5"),
        new("症状", "none"),
        new("打卡时间", "2026-11-22T08:30"),
    ];

    [Fact]
    public async Task Photo_is_stored_sealed_and_opened_only_by_an_allowed_role()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Checkin);
        byte[] photo = [.. UploadSamples.Png, .. new byte[2000]];

        using var response = await resident.PostMultipartAsync(Checkin, Fields("13900139001"), "健康码截图", "健康码.png", "image/png", photo);
        await resident.FollowAsync(response);

        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var list = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?mobile=13900139001", UriKind.Relative)))!;
        var item = list["items"]![0]!;
        var file = item["answers"]!["健康码截图"]!;
        Assert.Equal("***", file.ToString());

        var clear = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{item["id"]}?unmasked=true", UriKind.Relative)))!;
        var reference = clear["answers"]!["健康码截图"]![0]!;
        Assert.Equal("image/png", reference["contentType"]!.GetValue<string>());
        Assert.Equal("健康码.png", reference["name"]!.GetValue<string>());

        var bytes = await staff.GetByteArrayAsync(new Uri($"/api/v1/submissions/{item["id"]}/files/{reference["id"]}", UriKind.Relative));
        Assert.Equal(photo, bytes);

        using var street = await _factory.CreateStaffClientAsync("admin");
        using var denied = await street.GetAsync(new Uri($"/api/v1/submissions/{item["id"]}/files/{reference["id"]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Theory]
    [InlineData("病毒.jpg", "image/jpeg")]
    [InlineData("照片.png", "image/png")]
    public async Task A_program_renamed_as_a_photo_is_refused_with_a_chinese_message_and_nothing_is_stored(string name, string declared)
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Checkin);

        using var response = await resident.PostMultipartAsync(Checkin, Fields("13900139002"), "健康码截图", name, declared, [.. UploadSamples.Exe, .. new byte[500]]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("不是", resident.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"赵敏\"", resident.Html, StringComparison.Ordinal);
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var list = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?mobile=13900139002", UriKind.Relative)))!;
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Photo_over_the_fields_limit_is_refused()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Checkin);
        byte[] huge = [.. UploadSamples.Png, .. new byte[5 * 1024 * 1024 + 10]];

        using var response = await resident.PostMultipartAsync(Checkin, Fields("13900139003"), "健康码截图", "大图.png", "image/png", huge);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("MB", resident.Html, StringComparison.Ordinal);
    }
}
