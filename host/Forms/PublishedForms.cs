using System.Collections.Concurrent;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Forms;

/// <summary>
/// Compiled form versions, loaded from <c>form_versions</c> on first use and kept: a version never changes, so the
/// cache never goes stale. Safe to share between requests.
/// </summary>
internal sealed class PublishedForms(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<(string, int), CompiledForm> _compiled = new();

    public async ValueTask<CompiledForm?> FindAsync(string formId, int version, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((formId, version), out var cached))
        {
            return cached;
        }

        using var scope = SystemScope.Create(scopes);
        var db = scope.Db;
        var json = await db.FormVersions.Where(f => f.FormId == formId && f.Version == version).Select(f => f.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (json is null || FormDefinition.Load(json).Form is not { } form)
        {
            return null;
        }

        var compiled = CompiledForm.Compile(form);
        return compiled.Succeeded ? _compiled.GetOrAdd((formId, version), compiled) : null;
    }
}
