using FormsEngine.Host.Studio.Workflows;

namespace FormsEngine.Host.Tests.Studio.Workflows;

/// <summary>The workflow seam as a studio circuit of a demo account would have it.</summary>
internal static class StudioCircuit
{
    public static async Task<WorkflowStudioOperations> WorkflowsForAsync(HostFactory factory, string userName) =>
        new(await StudioTestCalls.ForAsync(factory, userName), TimeProvider.System);
}
