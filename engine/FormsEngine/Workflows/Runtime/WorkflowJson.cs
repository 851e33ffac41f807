using System.Text.Encodings.Web;
using System.Text.Json;

namespace FormsEngine.Workflows.Runtime;

/// <summary>JSON settings for what the runtime stores: Chinese stays readable in audit entries and state.</summary>
internal static class WorkflowJson
{
    public static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
