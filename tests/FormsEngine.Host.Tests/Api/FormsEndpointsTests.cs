using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Api;

public sealed class FormsEndpointsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Healthz_is_healthy_with_the_repository_rulepacks()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_list_has_id_title_and_version_of_each_sample_form()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var forms = await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/forms", UriKind.Relative));
        var ids = forms!.Select(f => f!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("returnee-registration", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var form in forms!)
        {
            Assert.False(string.IsNullOrWhiteSpace(form!["title"]!.GetValue<string>()));
            Assert.True(form["version"]!.GetValue<int>() >= 1);
        }
    }

    [Fact]
    public async Task Form_list_keeps_chinese_readable()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var text = await client.GetStringAsync(new Uri("/api/v1/forms", UriKind.Relative));
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_form_comes_back_as_its_definition()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var form = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/forms/returnee-registration", UriKind.Relative));
        Assert.Equal(1, form!["schemaVersion"]!.GetValue<int>());
        Assert.Equal("returnee-registration", form["id"]!.GetValue<string>());
        Assert.NotEmpty(form["fields"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_form_is_a_bilingual_404_problem()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var response = await client.GetAsync(new Uri("/api/v1/forms/no-such-form", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("form.notFound", problem!["code"]!.GetValue<string>());
        Assert.Contains("找不到表单", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("no form", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_not_a_stack_trace()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_links_the_forms()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("FormsEngine", html, StringComparison.Ordinal);
        Assert.Contains("/f/xinhua-dongqu/returnee-registration", html, StringComparison.Ordinal);
        Assert.Contains("/account/login", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_library_needs_a_staff_sign_in()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/forms", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("auth.required", problem!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Form_versions_are_listed_newest_first()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var versions = await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/forms/returnee-registration/versions", UriKind.Relative));
        var first = versions![0]!;
        Assert.Equal("returnee-registration", first["formId"]!.GetValue<string>());
        Assert.Equal("rulepacks/forms", first["changeNote"]!.GetValue<string>());
    }
}
