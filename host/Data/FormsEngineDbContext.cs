using FormsEngine.Host.Packs.Ledger;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Data;

/// <summary>
/// The host's tables: tenants, staff accounts (Identity), forms and publications, submissions and their uploads,
/// hashes and workflows, the audit log, the studio's drafts and rule-set versions, and the Data Protection key ring that
/// every node shares, and the cache stamps that tell the other nodes to reload. Every tenant-owned set has a global
/// query filter on the request's <see cref="TenantScope"/>, so no query can forget it; only code that says
/// <c>IgnoreQueryFilters()</c> crosses tenants.
/// </summary>
internal sealed class FormsEngineDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    private readonly TenantScope _scope;

    public FormsEngineDbContext(DbContextOptions<FormsEngineDbContext> options, TenantScope scope)
        : base(options)
    {
        _scope = scope;
    }

    public DbSet<TenantRow> Tenants => Set<TenantRow>();

    public DbSet<FormVersionRow> FormVersions => Set<FormVersionRow>();

    public DbSet<PackVersionRow> PackVersions => Set<PackVersionRow>();

    public DbSet<PackFormRow> PackForms => Set<PackFormRow>();

    public DbSet<PackPublicationRow> PackPublications => Set<PackPublicationRow>();

    public DbSet<PackSettingsRow> PackSettings => Set<PackSettingsRow>();

    public DbSet<AllocationRow> Allocations => Set<AllocationRow>();

    public DbSet<PublicationRow> Publications => Set<PublicationRow>();

    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();

    public DbSet<SubmissionHashRow> SubmissionHashes => Set<SubmissionHashRow>();

    public DbSet<SubmissionWorkflowRow> SubmissionWorkflows => Set<SubmissionWorkflowRow>();

    public DbSet<UploadRow> Uploads => Set<UploadRow>();

    public DbSet<AuditEntryRow> AuditLog => Set<AuditEntryRow>();

    public DbSet<SettingRow> Settings => Set<SettingRow>();

    public DbSet<StudioDraftRow> StudioDrafts => Set<StudioDraftRow>();

    public DbSet<RuleSetVersionRow> RuleSetVersions => Set<RuleSetVersionRow>();

    public DbSet<PointsLedgerRow> PointsLedger => Set<PointsLedgerRow>();

    /// <summary>The workflow engine's tasks, read-only (the engine's context owns the table and its migrations).</summary>
    public IQueryable<InboxTaskRow> InboxTasks => Set<InboxTaskRow>().AsNoTracking();

    /// <summary>One stamp per kind of cached definition, bumped by each publish so other nodes reload (not tenant-owned).</summary>
    public DbSet<CacheVersionRow> CacheVersions => Set<CacheVersionRow>();

    /// <summary>The Data Protection key ring (not tenant-owned: one ring for the whole installation).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // The filters read these per query (EF parameterises members of the context instance).
    private bool ScopeIsSystem => _scope.IsSystem;

    private string? ScopeStreetId => _scope.StreetId;

    private string? ScopeCommunityId => _scope.CommunityId;

    private string? ScopeGridId => _scope.GridId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.StreetId).HasMaxLength(64);
            e.Property(u => u.CommunityId).HasMaxLength(64);
            e.Property(u => u.GridId).HasMaxLength(64);
        });
        builder.Entity<TenantRow>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(t => t.ParentId);
            e.HasQueryFilter(t => ScopeIsSystem || t.StreetId == ScopeStreetId);
        });
        builder.Entity<FormVersionRow>(e =>
        {
            e.ToTable("form_versions");
            e.HasKey(f => new { f.FormId, f.Version });
            e.HasQueryFilter(f => ScopeIsSystem
                || (f.StreetId == ScopeStreetId && (f.CommunityId == null || ScopeCommunityId == null || f.CommunityId == ScopeCommunityId)));
        });
        builder.Entity<PublicationRow>(e =>
        {
            e.ToTable("publications");
            e.HasIndex(p => new { p.CommunityId, p.FormId }).IsUnique();
            FilterByTenant(e);
        });
        builder.Entity<SubmissionRow>(e =>
        {
            e.ToTable("submissions");
            e.HasKey(s => s.Id);
            e.HasIndex(s => s.Reference).IsUnique();
            e.HasIndex(s => new { s.PublicationId, s.IdempotencyKey }).IsUnique();
            e.HasIndex(s => new { s.CommunityId, s.FormId, s.SubmittedAt });
            e.HasIndex(s => new { s.CommunityId, s.SubmittedAt });
            e.HasIndex(s => new { s.StreetId, s.SubmittedAt });
            e.HasIndex(s => new { s.PurgedAt, s.RetainUntil });
            e.HasQueryFilter(s => ScopeIsSystem
                || (s.StreetId == ScopeStreetId && (ScopeCommunityId == null || s.CommunityId == ScopeCommunityId) && (ScopeGridId == null || s.GridId == ScopeGridId)));
        });
        builder.Entity<SubmissionHashRow>(e =>
        {
            e.ToTable("submission_hashes");
            e.HasIndex(h => new { h.CommunityId, h.Kind, h.Hash });
            e.HasIndex(h => h.SubmissionId);
            FilterByTenant(e);
        });
        builder.Entity<InboxTaskRow>(e =>
        {
            e.ToTable("wf_tasks", t => t.ExcludeFromMigrations());
            e.HasKey(t => t.Id);
        });
        builder.Entity<SubmissionWorkflowRow>(e =>
        {
            e.ToTable("submission_workflows");
            e.HasKey(w => w.InstanceId);
            e.HasIndex(w => w.SubmissionId);
            e.HasQueryFilter(w => ScopeIsSystem
                || (w.StreetId == ScopeStreetId && (ScopeCommunityId == null || w.CommunityId == ScopeCommunityId) && (ScopeGridId == null || w.GridId == ScopeGridId)));
        });
        builder.Entity<UploadRow>(e =>
        {
            e.ToTable("uploads");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.SubmissionId);
            FilterByTenant(e);
        });
        builder.Entity<AuditEntryRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasIndex(a => new { a.StreetId, a.CommunityId, a.At });
            e.HasQueryFilter(a => ScopeIsSystem
                || (a.StreetId == ScopeStreetId && (ScopeCommunityId == null || a.CommunityId == ScopeCommunityId)));
        });
        builder.Entity<SettingRow>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => s.Key);
        });
        builder.Entity<StudioDraftRow>(e =>
        {
            e.ToTable("studio_drafts");
            e.HasIndex(d => new { d.CommunityId, d.Kind, d.DocumentId }).IsUnique();
            FilterByTenant(e);
        });
        builder.Entity<RuleSetVersionRow>(e =>
        {
            e.ToTable("rule_set_versions");
            e.HasKey(r => new { r.RuleSetId, r.Version });
            e.HasIndex(r => new { r.FormId, r.FormVersion }).IsUnique();
            e.HasQueryFilter(r => ScopeIsSystem
                || (r.StreetId == ScopeStreetId && (r.CommunityId == null || ScopeCommunityId == null || r.CommunityId == ScopeCommunityId)));
        });
        builder.Entity<PackVersionRow>(e =>
        {
            e.ToTable("pack_versions");
            e.HasKey(p => new { p.PackId, p.Version });
            e.HasQueryFilter(p => ScopeIsSystem || p.StreetId == ScopeStreetId);
        });
        builder.Entity<PackFormRow>(e =>
        {
            e.ToTable("pack_forms");
            e.HasKey(p => new { p.PackId, p.PackVersion, p.FormId });
            e.HasIndex(p => new { p.FormId, p.FormVersion });
            e.HasQueryFilter(p => ScopeIsSystem || p.StreetId == ScopeStreetId);
        });
        builder.Entity<PackPublicationRow>(e =>
        {
            e.ToTable("pack_publications");
            e.HasIndex(p => new { p.CommunityId, p.PackId }).IsUnique();
            FilterByTenant(e);
        });
        builder.Entity<PackSettingsRow>(e =>
        {
            e.ToTable("pack_settings");
            e.HasIndex(p => new { p.StreetId, p.CommunityId, p.PackId }).IsUnique();
            e.HasQueryFilter(p => ScopeIsSystem
                || (p.StreetId == ScopeStreetId && (p.CommunityId == PackSettingsRow.StreetLevel || ScopeCommunityId == null || p.CommunityId == ScopeCommunityId)));
        });
        builder.Entity<AllocationRow>(e =>
        {
            e.ToTable("allocations");
            e.HasIndex(a => new { a.InstanceId, a.Batch }).IsUnique();
            e.HasIndex(a => new { a.CommunityId, a.PackId, a.Batch });
            FilterByTenant(e);
        });
        builder.Entity<PointsLedgerRow>(e =>
        {
            e.ToTable("points_ledger");
            e.HasIndex(p => new { p.CommunityId, p.Account, p.Sequence }).IsUnique();
            e.HasIndex(p => new { p.InstanceId, p.Kind }).IsUnique();
            FilterByTenant(e);
        });
        builder.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
        builder.Entity<CacheVersionRow>(e =>
        {
            e.ToTable("cache_versions");
            e.HasKey(v => v.Kind);
        });
        builder.Entity<PointsPostingRow>(e =>
        {
            e.ToTable("points_postings");
            e.HasKey(p => p.InstanceId);
            FilterByTenant(e);
        });
    }

    private void FilterByTenant<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity)
        where T : class, ITenantOwned =>
        entity.HasQueryFilter(e => ScopeIsSystem
            || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)));
}
