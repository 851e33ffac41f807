using FormsEngine.Host.Data;

namespace FormsEngine.Host.Audit;

/// <summary>Writes the host's audit log (<see cref="AuditEntryRow"/>): unmasked views, exports, publications, purges, sign-ins.</summary>
internal sealed class AuditLog(FormsEngineDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry to the current unit of work; it is saved with the caller's next <c>SaveChanges</c>.</summary>
    public void Add(string actor, string action, string subject, string streetId, string? communityId, string? detail = null) =>
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = action,
            Subject = subject,
            StreetId = streetId,
            CommunityId = communityId,
            Detail = detail,
        });

    /// <summary>Adds an entry and saves it at once.</summary>
    public async Task WriteAsync(string actor, string action, string subject, string streetId, string? communityId, string? detail, CancellationToken cancellationToken)
    {
        Add(actor, action, subject, streetId, communityId, detail);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves entries added with <see cref="Add"/>.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
