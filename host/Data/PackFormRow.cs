namespace FormsEngine.Host.Data;

/// <summary>Which saved form version a pack version's form became (an unchanged form keeps its version across pack versions).</summary>
internal sealed class PackFormRow
{
    public required string PackId { get; set; }

    public required string PackVersion { get; set; }

    public required string FormId { get; set; }

    public int FormVersion { get; set; }

    public required string StreetId { get; set; }
}
