using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// One household's place in one allocation batch of a rule pack (防疫物资按优先级分配): allocated, or waiting at a
/// position that the next batch serves first. Written once per batch and never changed: the batches are the record of
/// who got what, in which order, and why.
/// </summary>
internal sealed class AllocationRow : ITenantOwned
{
    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string PackId { get; set; }

    public int Batch { get; set; }

    /// <summary>The workflow instance whose verified household this is.</summary>
    public required string InstanceId { get; set; }

    public required string SubmissionId { get; set; }

    /// <summary>The group the quota applies to (the grid).</summary>
    public required string Group { get; set; }

    public int Position { get; set; }

    public bool Allocated { get; set; }

    public int? WaitlistPosition { get; set; }

    public required string Explanation { get; set; }

    public long At { get; set; }

    public required string By { get; set; }
}
