using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Scripting;

/// <summary>The outcome of one sandboxed script run: a JSON value, or the reason it failed.</summary>
public sealed class ScriptResult
{
    private ScriptResult(JsonNode? value, Diagnostic? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>True when the script completed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The script's completion value as JSON (null for null/undefined/NaN).</summary>
    public JsonNode? Value { get; }

    /// <summary>Why the run failed: a limit (<c>js.timeout</c>, <c>js.statements</c>, <c>js.recursion</c>, <c>js.memory</c>) or a script error (<c>js.error</c>).</summary>
    public Diagnostic? Error { get; }

    /// <summary>True when the completion value is the JSON literal <c>true</c>.</summary>
    public bool IsTrue => Value is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    internal static ScriptResult Success(JsonNode? value) => new(value, null);

    internal static ScriptResult Failure(Diagnostic error) => new(null, error);
}
