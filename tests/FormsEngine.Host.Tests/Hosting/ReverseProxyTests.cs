using System.Net;
using FormsEngine.Host.Tests.Resident;

namespace FormsEngine.Host.Tests.Hosting;

/// <summary>Behind a trusted proxy each resident keeps their own post limit, keyed by the forwarded client address.</summary>
public sealed class ReverseProxyTests
{
    private const string Elderly = "/f/xinhua-dongqu/elderly-allowance";

    [Fact]
    public async Task The_post_limit_follows_the_forwarded_client_address_not_the_proxy()
    {
        using var factory = new HostFactory { ResidentPostsPerMinute = 2 };

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests],
            await PostThriceAsync(factory, "203.0.113.7"));

        // Another resident behind the same proxy still has the whole budget.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostThriceAsync(factory, "203.0.113.8"))[0]);
    }

    private static async Task<List<HttpStatusCode>> PostThriceAsync(HostFactory factory, string clientAddress)
    {
        using var resident = new ResidentBrowserless(factory);
        resident.Client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        await resident.OpenAsync(Elderly);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await resident.PostAsync(Elderly, [new("姓名", "李秀英")]);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
