using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Packs.Features;

/// <summary>
/// Household registry: a member already registered in another household of the same community is counted in the
/// grid worker's task (input.跨户重复), without refusing and without ID numbers in the workflow data.
/// </summary>
public sealed class CrossHouseholdDuplicatesTests : IClassFixture<HostFactory>
{
    private const string Form = "household-registry-registration";
    private readonly HostFactory _factory;

    public CrossHouseholdDuplicatesTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Second_household_sharing_a_member_shows_the_duplicate_and_the_first_does_not()
    {
        var (head1, shared, head2) = (FeatureTestData.IdNumber("19700101"), FeatureTestData.IdNumber("19950505"), FeatureTestData.IdNumber("19720202"));
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var first = await FeatureTestData.SubmitAsync(staff, "xinhua-dongqu", Form,
            FeatureTestData.Household(FeatureTestData.Member("张建国", head1, "户主", "13900000001"), FeatureTestData.Member("张晓", shared, "子女")), "dongqu-b1");
        var second = await FeatureTestData.SubmitAsync(staff, "xinhua-dongqu", Form,
            FeatureTestData.Household(FeatureTestData.Member("李红", head2, "户主", "13900000002"), FeatureTestData.Member("张晓", shared, "配偶")), "dongqu-b2");
        Assert.Equal("eligible", second["outcome"]!.GetValue<string>());
        await _factory.WorkflowsSettledAsync();

        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var firstTask = await FeatureTestData.TaskOfAsync(grid, first["id"]!.GetValue<string>());
        Assert.DoesNotContain("跨户重复", firstTask["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var secondTask = await FeatureTestData.TaskOfAsync(grid, second["id"]!.GetValue<string>());
        Assert.Contains("【跨户重复 1 人】", secondTask["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var firstInput = await InputAsync(first["id"]!.GetValue<string>());
        Assert.Equal(0, firstInput["跨户重复"]!.GetValue<int>());
        Assert.Equal("", firstInput["跨户重复说明"]!.GetValue<string>());

        var secondInput = await InputAsync(second["id"]!.GetValue<string>());
        Assert.Equal(1, secondInput["跨户重复"]!.GetValue<int>());
        var text = secondInput["跨户重复说明"]!.GetValue<string>();
        Assert.Contains("成员 1 人已在本社区其他户登记", text, StringComparison.Ordinal);
        Assert.Contains(first["reference"]!.GetValue<string>(), text, StringComparison.Ordinal);
        var task = Assert.Single(await TasksAsync(second["id"]!.GetValue<string>()));
        Assert.Contains(first["reference"]!.GetValue<string>(), task.Description, StringComparison.Ordinal);

        // No clear ID number anywhere in the workflow data.
        var json = secondInput.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain(shared, json, StringComparison.Ordinal);
        Assert.DoesNotContain(head2, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_household_in_another_community_does_not_count()
    {
        var (head, shared) = (FeatureTestData.IdNumber("19660606"), FeatureTestData.IdNumber("19880808"));
        using var east = await _factory.CreateStaffClientAsync("dongqu.staff");
        await FeatureTestData.SubmitAsync(east, "xinhua-dongqu", Form,
            FeatureTestData.Household(FeatureTestData.Member("王芳", shared, "户主", "13900000003")), "dongqu-b1");

        using var west = await _factory.CreateStaffClientAsync("xiqu.staff");
        var western = await FeatureTestData.SubmitAsync(west, "xinhua-xiqu", Form,
            FeatureTestData.Household(FeatureTestData.Member("赵强", head, "户主", "13900000004"), FeatureTestData.Member("王芳", shared, "配偶")), "xiqu-b1");
        await _factory.WorkflowsSettledAsync();

        var input = await InputAsync(western["id"]!.GetValue<string>());
        Assert.Equal(0, input["跨户重复"]!.GetValue<int>());
        using var grid = await _factory.CreateStaffClientAsync("xiqu.grid1");
        var task = await FeatureTestData.TaskOfAsync(grid, western["id"]!.GetValue<string>());
        Assert.DoesNotContain("跨户重复", task["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> InputAsync(string submissionId)
    {
        var instance = await InstanceAsync(submissionId);
        return instance.Data["input"]!.AsObject();
    }

    private async Task<IReadOnlyList<WorkflowTaskView>> TasksAsync(string submissionId) => (await InstanceAsync(submissionId)).Tasks;

    private async Task<WorkflowInstanceView> InstanceAsync(string submissionId)
    {
        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        var link = await db.SubmissionWorkflows.AsNoTracking().SingleAsync(w => w.SubmissionId == submissionId);
        return (await _factory.Services.GetRequiredService<WorkflowRuntime>().GetInstanceAsync(link.InstanceId, CancellationToken.None))!;
    }
}
