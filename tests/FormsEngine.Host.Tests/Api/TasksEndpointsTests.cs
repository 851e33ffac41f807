using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Resident;

namespace FormsEngine.Host.Tests.Api;

/// <summary>The staff inbox: confined to the caller's grid and community, soonest due first, paged by <c>limit</c>.</summary>
public sealed class TasksEndpointsTests : IClassFixture<HostFactory>
{
    private const string Elderly = "/f/xinhua-dongqu/elderly-allowance";
    private readonly HostFactory _factory;

    public TasksEndpointsTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Inbox_shows_only_the_callers_grid_and_honours_the_limit()
    {
        // Two applications in grid 1 (buildings 1 and 2) and one in grid 2 (building 3).
        await SubmitAsync("dongqu-b1", "110105194003070014");
        await SubmitAsync("dongqu-b2", "110105194102020020");
        await SubmitAsync("dongqu-b3", "110105194203030033");
        await _factory.WorkflowsSettledAsync();

        var grid1 = await InboxAsync("dongqu.grid1", "");
        var grid2 = await InboxAsync("dongqu.grid2", "");
        Assert.Equal(2, grid1.Count);
        Assert.Single(grid2);
        Assert.Empty(grid1.Select(Id).Intersect(grid2.Select(Id)));
        Assert.Empty(await InboxAsync("xiqu.grid1", ""));

        var first = Assert.Single(await InboxAsync("dongqu.grid1", "?limit=1"));
        Assert.Equal(Id(grid1[0]), Id(first));
    }

    [Theory]
    [InlineData("?limit=abc")]
    [InlineData("?limit=99999999999")]
    public async Task A_limit_that_is_not_a_number_is_a_bilingual_400(string query)
    {
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        using var response = await grid.GetAsync(new Uri("/api/v1/tasks" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Matches(ChineseText.Pattern(), problem["title"]!.GetValue<string>());
    }

    private static string Id(JsonNode? task) => task!["id"]!.GetValue<string>();

    private async Task SubmitAsync(string building, string idNumber)
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync($"{Elderly}?b={building}");
        using var response = await resident.PostAsync($"{Elderly}?b={building}", ResidentEndpointsTests.ElderlyFields(idNumber));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<JsonArray> InboxAsync(string userName, string query)
    {
        using var staff = await _factory.CreateStaffClientAsync(userName);
        return (await staff.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks" + query, UriKind.Relative)))!;
    }
}
