using System.Collections.Concurrent;
using FormsEngine.Packs;
using FormsEngine.Packs.Cases;
using FormsEngine.Storage;

namespace FormsEngine.Host.Packs;

/// <summary>
/// Runs a pack's golden cases before it is stored, on a throw-away SQLite workflow store. Results are remembered by
/// content hash for the life of the process, so the same bytes are not run twice (start-up imports, tests).
/// </summary>
internal sealed class PackCaseVerifier
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<PackCaseResult>> Shared = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, IReadOnlyList<PackCaseResult>> _results = Shared;

    public async Task<IReadOnlyList<PackCaseResult>> RunAsync(RulePack pack, CancellationToken cancellationToken)
    {
        if (_results.TryGetValue(pack.ContentHash, out var known))
        {
            return known;
        }

        var folder = Directory.CreateTempSubdirectory("formsengine-cases-");
        try
        {
            var store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(folder.FullName, "cases.db")));
            var results = await new PackCaseRunner(store).RunAsync(pack, cancellationToken).ConfigureAwait(false);
            return _results.GetOrAdd(pack.ContentHash, results);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the temp folder's own cleanup; the cases' outcome stands.
            }
        }
    }
}
