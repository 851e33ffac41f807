using FormsEngine.Diagnostics;

namespace FormsEngine.Packs;

/// <summary>One problem found in a rule pack: the file it is in (<c>forms/x.json</c>, <c>pack.json</c>) and the diagnostic with its JSON path.</summary>
/// <param name="File">The pack-relative file, with <c>/</c> separators; empty for the pack as a whole.</param>
/// <param name="Diagnostic">What is wrong, where in the file, in Chinese and English.</param>
public sealed record PackProblem(string File, Diagnostic Diagnostic)
{
    /// <summary>True when the problem refuses the pack (warnings do not).</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary><c>forms/x.json $.fields[3]: 中文 / English</c>.</summary>
    public override string ToString() => File.Length == 0 ? Diagnostic.ToString() : $"{File} {Diagnostic}";
}
