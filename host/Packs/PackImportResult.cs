using FormsEngine.Packs;

namespace FormsEngine.Host.Packs;

/// <summary>A stored pack version (new, or the same bytes imported before), or every problem that refused it.</summary>
internal sealed record PackImportResult(RulePack? Pack, IReadOnlyList<PackProblem> Problems, bool AlreadyImported = false)
{
    public bool Succeeded => Pack is not null;
}
