using FormsEngine.Diagnostics;

namespace FormsEngine.Host.Packs;

/// <summary>How a pack operation ended: done (with a value), not found, not allowed for the caller's role, or refused with problems.</summary>
internal enum PackOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>The result of a <see cref="PackOperations"/> call, with a bilingual message and, when refused, every problem.</summary>
internal sealed record PackOutcome<T>(PackOutcomeKind Kind, T? Value, string MessageZh, string MessageEn, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Kind == PackOutcomeKind.Done;

    public static PackOutcome<T> Done(T value, string zh = "完成", string en = "done") => new(PackOutcomeKind.Done, value, zh, en, []);

    public static PackOutcome<T> NotFound(string zh, string en) => new(PackOutcomeKind.NotFound, default, zh, en, []);

    public static PackOutcome<T> Forbidden(string zh, string en) => new(PackOutcomeKind.Forbidden, default, zh, en, []);

    public static PackOutcome<T> Invalid(string zh, string en, IReadOnlyList<Diagnostic> problems) => new(PackOutcomeKind.Invalid, default, zh, en, problems);
}
