using System.Text.Json.Serialization;

namespace FormsEngine.Workflows.Runtime;

/// <summary>Source-generated serialisation of <see cref="WorkflowInstanceState"/>, which is written on every step.</summary>
[JsonSerializable(typeof(WorkflowInstanceState))]
internal sealed partial class WorkflowStateJsonContext : JsonSerializerContext;
