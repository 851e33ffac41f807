using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Packs;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Submissions;

/// <summary>
/// The submit path: validate, decide eligibility, seal personal data, then in ONE transaction store the submission,
/// its files, lookup hashes and the start of every workflow the form triggers. A repeated idempotency token finds the
/// unique index taken and returns the stored submission; nothing is stored twice. Workflows run on to their first wait
/// in <see cref="WorkflowContinuations"/>, after the resident has the receipt.
/// </summary>
internal sealed class SubmissionService(
    FormsEngineDbContext db,
    PublishedForms forms,
    EligibilityEvaluator eligibility,
    PersonalDataVault vault,
    KeyedHasher hasher,
    WorkflowRuntime runtime,
    EfWorkflowStore workflowStore,
    WorkflowCatalog workflows,
    WorkflowContinuations continuations,
    PackCatalog packs,
    PackSettings packSettings,
    Packs.Features.CrossHouseholdDuplicates duplicates,
    Packs.Ledger.PointsBalanceFiller pointsBalance,
    TimeProvider clock,
    IOptions<FormsEngineHostOptions> options)
{
    private const long DayMs = 24L * 60 * 60 * 1000;

    public async Task<SubmitResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken)
    {
        var publication = request.Publication;
        var now = clock.GetUtcNow();

        // A retry of a post that was stored (a double tap, a reply lost on a weak network or to a restart) gets its
        // receipt at once: no second validation, no workflow prepared, no unique-key clash in the error log. Checked
        // before the campaign window, so a post stored just before the close still finds its receipt after it.
        if (await FindRepeatAsync(publication.Id, request.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        if (!publication.Active || publication.ClosesAt <= now.ToUnixTimeMilliseconds() || publication.OpensAt > now.ToUnixTimeMilliseconds())
        {
            return new SubmitResult.Closed();
        }

        var form = await forms.FindAsync(publication.FormId, publication.FormVersion, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Publication {publication.Id} points at form {publication.FormId} v{publication.FormVersion}, which does not load.");
        var validation = form.ValidateSubmission(request.Answers, new FormsEngine.Forms.Validation.SubmissionOptions { TimeProvider = clock });
        if (!validation.IsValid)
        {
            return new SubmitResult.Invalid(validation.Errors);
        }

        var answers = validation.Normalized;
        await pointsBalance.FillAsync(form.Form, answers, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var pack = packs.Find(form.Form.Id, form.Form.Version);
        var parameters = pack is null ? null
            : (await packSettings.EffectiveAsync(pack.Pack, publication.StreetId, publication.CommunityId, cancellationToken).ConfigureAwait(false)).Values;
        var decision = eligibility.Decide(form, answers, parameters);
        var building = request.Building ?? await FindBuildingAsync(request.BuildingId, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var row = NewRow(request, form, answers, decision, building, now);
        db.Submissions.Add(row);
        await AddHashesAsync(row, form.Form, answers, cancellationToken).ConfigureAwait(false);
        foreach (var upload in request.Uploads)
        {
            db.Uploads.Add(new UploadRow
            {
                Id = upload.Id,
                StreetId = row.StreetId,
                CommunityId = row.CommunityId,
                SubmissionId = row.Id,
                Name = upload.Name,
                ContentType = upload.ContentType,
                Size = upload.Content.Length,
                SealedBytes = vault.SealFile(upload.Content),
            });
        }

        var extra = await duplicates.CheckAsync(row, form.Form, answers, cancellationToken).ConfigureAwait(false);
        var starts = await PrepareWorkflowsAsync(row, pack, parameters, decision, extra, request.Actor, cancellationToken).ConfigureAwait(false);
        if (!await CommitAsync(starts, cancellationToken).ConfigureAwait(false))
        {
            // The same token won a race on another request: answer with what it stored.
            db.ChangeTracker.Clear();
            return await FindRepeatAsync(publication.Id, request.IdempotencyKey, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The submission conflicted but no earlier one was found.");
        }

        foreach (var start in starts)
        {
            await continuations.HandOffAsync(start.InstanceId, cancellationToken).ConfigureAwait(false);
        }

        return new SubmitResult.Accepted(row, decision, Repeated: false);
    }

    private SubmissionRow NewRow(SubmissionRequest request, CompiledForm form, JsonObject answers, EligibilityDecision? decision, TenantRow? building, DateTimeOffset now)
    {
        var publication = request.Publication;
        var nowMs = now.ToUnixTimeMilliseconds();
        return new SubmissionRow
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Reference = ReferenceNumbers.Create(now),
            StreetId = publication.StreetId,
            CommunityId = publication.CommunityId,
            GridId = building?.GridId,
            BuildingId = building?.Id,
            PublicationId = publication.Id,
            FormId = publication.FormId,
            FormVersion = publication.FormVersion,
            SubmittedAt = nowMs,
            MaskedJson = PersonalDataMasker.Mask(form.Form, answers).ToJsonString(),
            SealedAnswers = vault.SealAnswers(answers),
            Outcome = decision?.Outcome,
            Explanation = decision?.Explanation,
            IdempotencyKey = request.IdempotencyKey,
            RetainUntil = (publication.ClosesAt ?? nowMs) + (publication.RetentionDays > 0 ? publication.RetentionDays : options.Value.DefaultRetentionDays) * DayMs,
        };
    }

    private async Task<SubmitResult.Accepted?> FindRepeatAsync(long publicationId, string key, CancellationToken cancellationToken)
    {
        var existing = await db.Submissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.PublicationId == publicationId && s.IdempotencyKey == key, cancellationToken).ConfigureAwait(false);
        return existing is null
            ? null
            : new SubmitResult.Accepted(existing, existing.Outcome is null ? null : new EligibilityDecision(existing.Outcome, existing.Explanation ?? "", []), Repeated: true);
    }

    private async Task<TenantRow?> FindBuildingAsync(string? buildingId, string communityId, CancellationToken cancellationToken) =>
        buildingId is null
            ? null
            : await db.Tenants.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Id == buildingId && t.Kind == TenantKind.Building && t.CommunityId == communityId, cancellationToken).ConfigureAwait(false);

    private async Task AddHashesAsync(SubmissionRow row, FormDefinition form, JsonObject answers, CancellationToken cancellationToken)
    {
        foreach (var (kind, value) in PersonalValues.Lookups(form, answers))
        {
            db.SubmissionHashes.Add(new SubmissionHashRow
            {
                SubmissionId = row.Id,
                StreetId = row.StreetId,
                CommunityId = row.CommunityId,
                Kind = kind,
                Hash = await hasher.HashAsync(kind, value, cancellationToken).ConfigureAwait(false),
            });
        }
    }

    private async Task<List<PreparedStart>> PrepareWorkflowsAsync(
        SubmissionRow row, PackFormLink? pack, JsonObject? parameters, EligibilityDecision? decision, JsonObject? extra, string actor, CancellationToken cancellationToken)
    {
        var starts = new List<PreparedStart>();

        // A rule pack's form starts the workflow of its own pack version, with the community's parameters kept by the instance.
        IEnumerable<(string Id, int? Version)> triggered = pack is null
            ? workflows.TriggeredBy(row.FormId).Select(id => (id, (int?)null))
            : pack.Pack.WorkflowFor(row.FormId) is { } definition ? [(definition.Id, definition.Version)] : [];
        foreach (var (definitionId, version) in triggered)
        {
            var input = WorkflowInputs.From(row, decision, extra);
            if (await runtime.PrepareStartAsync(definitionId, version, input, parameters, actor, cancellationToken).ConfigureAwait(false) is { } start)
            {
                starts.Add(start);
                db.SubmissionWorkflows.Add(new SubmissionWorkflowRow
                {
                    InstanceId = start.InstanceId,
                    SubmissionId = row.Id,
                    StreetId = row.StreetId,
                    CommunityId = row.CommunityId,
                    GridId = row.GridId,
                    DefinitionId = definitionId,
                });
            }
        }

        return starts;
    }

    /// <summary>Saves everything in one transaction; false when the idempotency token was taken meanwhile.</summary>
    private async Task<bool> CommitAsync(List<PreparedStart> starts, CancellationToken cancellationToken)
    {
        // One transaction, no savepoints: nothing inside it is retried on its own.
        db.Database.AutoSavepointsEnabled = false;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var start in starts)
                {
                    await workflowStore.CommitAsync(start.Commit, db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return false;
            }
        }
    }
}
