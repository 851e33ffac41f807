namespace FormsEngine.Host.Data;

/// <summary>A deployment-wide setting kept in the database, e.g. the protected key of the personal-data hashes.</summary>
internal sealed class SettingRow
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
