using System.Net;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>Rate limiting of resident posts and closed campaigns.</summary>
public sealed class ResidentLimitsTests
{
    private const string Elderly = "/f/xinhua-dongqu/elderly-allowance";

    [Fact]
    public async Task Posting_too_fast_gets_a_friendly_chinese_429_page()
    {
        using var factory = new HostFactory { ResidentPostsPerMinute = 3 };
        using var resident = new ResidentBrowserless(factory);
        await resident.OpenAsync(Elderly);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await resident.PostAsync(Elderly, [new("姓名", "李秀英")]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("提交太频繁了", resident.Html, StringComparison.Ordinal);
                Assert.Equal("60", response.Headers.RetryAfter!.ToString());
            }
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
        using var page = await resident.OpenAsync(Elderly);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_campaign_that_ended_closes_its_form_to_new_submissions()
    {
        using var factory = new HostFactory();
        using var resident = new ResidentBrowserless(factory);
        await resident.OpenAsync(Elderly);
        using (var scope = factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
            var publication = await db.Publications.SingleAsync(p => p.CommunityId == "xinhua-dongqu" && p.FormId == "elderly-allowance");
            publication.ClosesAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
            await db.SaveChangesAsync();
        }

        using var post = await resident.PostAsync(Elderly, ResidentEndpointsTests.ElderlyFields());
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("已结束收集", resident.Html, StringComparison.Ordinal);
        using var get = await resident.OpenAsync(Elderly);
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
    }
}
