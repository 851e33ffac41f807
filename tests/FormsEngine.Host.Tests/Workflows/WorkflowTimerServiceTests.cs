using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Workflows;

/// <summary>The host's hosted service, not a test calling the runtime, is what fires a due timer.</summary>
public sealed class WorkflowTimerServiceTests
{
    /// <summary>Waits one second, then notifies <c>staff</c> in app (also used by <see cref="TwoNodeTimerTests"/>).</summary>
    internal const string Definition = """
        { "schemaVersion": 1, "id": "short-wait", "version": 1, "name": "短暂等待",
          "activities": [
            { "id": "submitted", "type": "formSubmitted" },
            { "id": "pause", "type": "wait", "duration": "PT1S" },
            { "id": "notify", "type": "notify", "channel": "inApp", "to": "'staff'", "template": "已等待完毕" },
            { "id": "end", "type": "end", "status": "waited" }
          ],
          "connections": [
            { "from": "submitted", "outcome": "done", "to": "pause" },
            { "from": "pause", "outcome": "done", "to": "notify" },
            { "from": "notify", "outcome": "done", "to": "end" }
          ] }
        """;

    [Fact]
    public async Task Due_wait_is_fired_by_the_hosted_timer_service()
    {
        using var factory = new HostFactory { TimerInterval = TimeSpan.FromMilliseconds(100) };
        using var client = factory.CreateClient(); // starts the host and its hosted services
        var runtime = factory.Services.GetRequiredService<WorkflowRuntime>();
        var load = WorkflowDefinition.Load(Definition);
        Assert.True(load.Succeeded, string.Join(Environment.NewLine, load.Diagnostics));
        Assert.Empty(await runtime.PublishAsync(load.Definition!, CancellationToken.None));

        var started = await runtime.StartAsync("short-wait", [], "测试", CancellationToken.None);
        Assert.Equal(WorkflowStatus.Waiting, started.Status);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        WorkflowInstanceView? instance = started;
        while (instance!.Status != WorkflowStatus.Completed && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            instance = await runtime.GetInstanceAsync(started.Id, CancellationToken.None);
        }

        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("waited", instance.EndStatus);
    }
}
