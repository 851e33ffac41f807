using System.Data.Common;
using FormsEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FormsEngine.Storage;

/// <summary>
/// <see cref="IWorkflowStore"/> on EF Core. Each step is one transaction (BEGIN IMMEDIATE on SQLite, so the writer lock
/// is taken first) whose batch updates the instance only at the expected version (<c>WHERE Id = @id AND Version =
/// @expected</c>): a stale writer changes nothing. A pooled short-lived context per call keeps the store thread-safe.
/// </summary>
public sealed partial class EfWorkflowStore : IWorkflowStore
{
    private readonly PooledDbContextFactory<WorkflowDbContext> _contexts;
    private readonly DbContextOptions<WorkflowDbContext> _options;
    private readonly bool _sqlite;

    /// <summary>Creates a store; call <see cref="InitializeAsync"/> once before use.</summary>
    public EfWorkflowStore(WorkflowStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        options.Configure(builder);
        _options = builder.Options;
        _contexts = new PooledDbContextFactory<WorkflowDbContext>(_options);
        _sqlite = options.IsSqlite;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            if (_sqlite)
            {
                // WAL persists in the database file; readers no longer block the writer.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The SQL that creates the workflow tables on the configured provider, for a host that creates its database with
    /// migrations of its own (one database, one migration history) instead of <see cref="InitializeAsync"/>.
    /// </summary>
    public string CreateScript()
    {
        using var db = Create();
        return db.Database.GenerateCreateScript();
    }

    /// <inheritdoc />
    public async Task<bool> AddDefinitionAsync(DefinitionRow definition, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            if (await db.Definitions.AnyAsync(d => d.DefinitionId == definition.DefinitionId && d.Version == definition.Version, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            db.Definitions.Add(definition);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DefinitionRow>> ListDefinitionsAsync(CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Definitions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<InstanceRow?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<string?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Tasks.Where(t => t.Id == taskId).Select(t => t.InstanceId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TaskRow>> ListOpenTasksAsync(string assigneeId, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Tasks.AsNoTracking().Where(t => t.AssigneeId == assigneeId && t.Status == "Open")
                .OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListOpenInstancesAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            return await db.Instances
                .Where(i => i.DefinitionId == definitionId && i.DefinitionVersion == version && (i.Status == "Running" || i.Status == "Waiting"))
                .Select(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> CommitAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var db = Create();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    WriteInstance(db, commit);
                    await WriteEffectsAsync(db, commit, cancellationToken).ConfigureAwait(false);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (DbUpdateException)
                {
                    // The version moved on (DbUpdateConcurrencyException) or a unique key lost a race: the other writer won.
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return false;
                }
            }
        }
    }

    /// <summary>
    /// Writes a step inside the caller's open transaction on the same database (the host saves a submission and the
    /// first step of its workflows together). Nothing is committed here: the caller commits or rolls back. Throws
    /// <see cref="DbUpdateException"/> on a conflict, so the caller's whole transaction fails as one.
    /// </summary>
    public async Task CommitAsync(StepCommit commit, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var db = new WorkflowDbContext(_options);
        await using (db.ConfigureAwait(false))
        {
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            await db.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            WriteInstance(db, commit);
            await WriteEffectsAsync(db, commit, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds the instance, or updates it with the expected version as the original value of the concurrency token, so
    /// SaveChanges writes <c>UPDATE … WHERE Id = @id AND Version = @expected</c> in the same batch as the effects.
    /// </summary>
    private static void WriteInstance(WorkflowDbContext db, StepCommit commit)
    {
        if (commit.ExpectedVersion == 0)
        {
            db.Instances.Add(commit.Instance);
            return;
        }

        var entry = db.Instances.Attach(commit.Instance);
        entry.Property(i => i.Version).OriginalValue = commit.ExpectedVersion;
        entry.State = EntityState.Modified;
    }

    private static async Task WriteEffectsAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Tasks.Count > 0)
        {
            var ids = commit.Tasks.Select(t => t.Id).ToList();
            var existing = await db.Tasks.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var task in commit.Tasks)
            {
                if (existing.Contains(task.Id))
                {
                    db.Tasks.Update(task);
                }
                else
                {
                    db.Tasks.Add(task);
                }
            }
        }

        if (commit.Outbox.Count > 0)
        {
            var keys = commit.Outbox.Select(o => o.IdempotencyKey).ToList();
            var seen = await db.Outbox.Where(o => keys.Contains(o.IdempotencyKey)).Select(o => o.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.Outbox.AddRange(commit.Outbox.Where(o => !seen.Contains(o.IdempotencyKey)));
        }

        if (commit.NewWork.Count > 0)
        {
            var ids = commit.NewWork.Select(w => w.Id).ToList();
            var existing = await db.Work.Where(w => ids.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.Work.AddRange(commit.NewWork.Where(w => !existing.Contains(w.Id)));
        }

        if (commit.FinishedWork.Count > 0)
        {
            var ids = commit.FinishedWork;
            await db.Work.Where(w => ids.Contains(w.Id)).ExecuteUpdateAsync(s => s.SetProperty(w => w.Done, true), cancellationToken).ConfigureAwait(false);
        }

        db.Audit.AddRange(commit.Audit);
    }

    internal WorkflowDbContext Create() => _contexts.CreateDbContext();
}
