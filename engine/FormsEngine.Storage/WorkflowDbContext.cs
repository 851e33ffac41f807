using FormsEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Storage;

/// <summary>The workflow tables. Times are Unix milliseconds (bigint) so ordering and comparison work on every provider.</summary>
internal sealed class WorkflowDbContext : DbContext
{
    public WorkflowDbContext(DbContextOptions<WorkflowDbContext> options)
        : base(options)
    {
    }

    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();

    public DbSet<InstanceRow> Instances => Set<InstanceRow>();

    public DbSet<TaskRow> Tasks => Set<TaskRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<ScheduledWorkRow> Work => Set<ScheduledWorkRow>();

    public DbSet<AuditRow> Audit => Set<AuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionRow>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(d => new { d.DefinitionId, d.Version });
        });
        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => new { i.Runnable, i.LeaseExpiresAt });
            e.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion, i.Status });
        });
        modelBuilder.Entity<TaskRow>(e =>
        {
            e.ToTable("wf_tasks");
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.InstanceId);
            e.HasIndex(t => new { t.AssigneeId, t.Status, t.DueAt, t.Id });
        });
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("wf_outbox");
            e.HasKey(o => o.Id);
            e.HasIndex(o => o.IdempotencyKey).IsUnique();
            e.HasIndex(o => new { o.DeliveredAt, o.LeaseExpiresAt });
            e.HasIndex(o => new { o.Channel, o.Recipient });
        });
        modelBuilder.Entity<ScheduledWorkRow>(e =>
        {
            e.ToTable("wf_scheduled_work");
            e.HasKey(w => w.Id);
            e.HasIndex(w => new { w.Done, w.DueAt });
        });
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("wf_audit");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.InstanceId, a.Sequence }).IsUnique();
        });
    }
}
