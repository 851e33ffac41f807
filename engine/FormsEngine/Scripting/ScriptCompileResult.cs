using FormsEngine.Diagnostics;

namespace FormsEngine.Scripting;

/// <summary>A parsed script, or the diagnostics that explain why it could not be parsed.</summary>
public sealed class ScriptCompileResult
{
    private ScriptCompileResult(CompiledScript? script, IReadOnlyList<Diagnostic> diagnostics)
    {
        Script = script;
        Diagnostics = diagnostics;
    }

    /// <summary>The runnable script; null when <see cref="Diagnostics"/> holds an error.</summary>
    public CompiledScript? Script { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal static ScriptCompileResult Succeeded(CompiledScript script) => new(script, []);

    internal static ScriptCompileResult Failed(Diagnostic error) => new(null, [error]);
}
