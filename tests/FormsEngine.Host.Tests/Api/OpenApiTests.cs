using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Api;

public sealed class OpenApiTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Document_describes_the_staff_api()
    {
        using var client = factory.CreateClient();
        var document = (await client.GetFromJsonAsync<JsonObject>(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var expected in new[] { "/api/v1/forms", "/api/v1/forms/{id}/versions", "/api/v1/submissions", "/api/v1/submissions/{id}", "/api/v1/tasks", "/api/v1/tasks/{id}/complete", "/api/v1/rules/evaluate", "/api/v1/session" })
        {
            Assert.Contains(expected, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/f/", StringComparison.Ordinal));
    }
}
