using System.Security.Cryptography;
using FormsEngine.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Caching;

/// <summary>
/// Marks a kind of cached definition as changed. The publish adds the bump to its own unit of work, so the stamp moves
/// if and only if the publish commits. The new stamp is random rather than +1: two nodes publishing at once then each
/// write a value no poller has seen, where two increments read from the same old value could write the same number.
/// </summary>
internal static class CacheStamps
{
    /// <summary>Sets a fresh stamp on <paramref name="kind"/>'s row in <paramref name="db"/>; the caller's SaveChanges writes it.</summary>
    public static async Task BumpAsync(FormsEngineDbContext db, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
        if (await db.CacheVersions.FindAsync([kind], cancellationToken).ConfigureAwait(false) is { } row)
        {
            row.Stamp = stamp;
        }
        else
        {
            // The migration inserts every kind; a row is only missing if someone deleted it.
            db.CacheVersions.Add(new CacheVersionRow { Kind = kind, Stamp = stamp });
        }
    }

    /// <summary>The current stamp of every kind: one SELECT of a handful of rows by primary key order.</summary>
    public static Task<Dictionary<string, long>> ReadAsync(FormsEngineDbContext db, CancellationToken cancellationToken) =>
        db.CacheVersions.AsNoTracking().ToDictionaryAsync(v => v.Kind, v => v.Stamp, StringComparer.Ordinal, cancellationToken);
}
