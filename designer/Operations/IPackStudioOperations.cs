namespace FormsEngine.Designer.Operations;

/// <summary>
/// What the studio's rule-pack page asks of the host. A street admin imports pack versions (fully validated, golden
/// cases run) and publishes them to chosen communities, optionally letting them stay on the previous version until a
/// deadline; street and community admins set parameters within the allowed ranges and switch optional parts (pack
/// defaults &lt; street &lt; community); a community sees an offered upgrade's diff and what-if before accepting it.
/// Every call acts as the circuit's signed-in user; the host checks roles and tenancy.
/// </summary>
public interface IPackStudioOperations
{
    /// <summary>The packs of the caller's street office, each with its versions and, per community, the version in use.</summary>
    Task<IReadOnlyList<StudioPack>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Imports a pack .zip (street admin). Refused with every problem (file, JSON path) when it does not validate or a golden case fails.</summary>
    Task<StudioPackImportOutcome> ImportAsync(Stream zip, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a version to <paramref name="communityIds"/> (all of the street's communities when empty). Communities
    /// already on an older version move at once when <paramref name="stayUntil"/> is null, else they may stay until then.
    /// </summary>
    Task<StudioOutcome> PublishAsync(string packId, string version, IReadOnlyList<string> communityIds, DateOnly? stayUntil, CancellationToken cancellationToken);

    /// <summary>
    /// The effective parameters of a pack for <paramref name="communityId"/> (the caller's community when null; the
    /// street level for a street admin passing null), each with its value and where it came from. Null when unknown.
    /// </summary>
    Task<StudioPackSettings?> SettingsAsync(string packId, string? communityId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the overrides of the caller's level (community admin: the community; street admin: the street, or a
    /// community when <paramref name="communityId"/> is given). A value equal to null removes that override.
    /// Refused, nothing saved, with a problem per bad value.
    /// </summary>
    Task<StudioPublishOutcome> SaveSettingsAsync(string packId, string? communityId, IReadOnlyDictionary<string, string?> valuesJson, CancellationToken cancellationToken);

    /// <summary>The upgrade offered to the caller's community: what changes, and what it would do to stored submissions. Null when none is offered.</summary>
    Task<StudioPackUpgrade?> UpgradePreviewAsync(string packId, CancellationToken cancellationToken);

    /// <summary>Moves the caller's community to the offered version (community admin). New submissions use it; running workflows keep theirs.</summary>
    Task<StudioOutcome> UpgradeAsync(string packId, CancellationToken cancellationToken);
}
