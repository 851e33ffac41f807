using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// A document a community is still editing in the studio: a form, a rule set or a workflow, as the editor's JSON.
/// One draft per community, kind and document; saving replaces it, publishing leaves it for the next edit.
/// </summary>
internal sealed class StudioDraftRow : ITenantOwned
{
    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    /// <summary>What the document is (<see cref="StudioDraftKinds"/>).</summary>
    public required string Kind { get; set; }

    public required string DocumentId { get; set; }

    public required string Json { get; set; }

    public long UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>The kinds of <see cref="StudioDraftRow"/>.</summary>
internal static class StudioDraftKinds
{
    public const string Form = "form";

    public const string RuleSet = "ruleset";

    public const string Workflow = "workflow";
}
