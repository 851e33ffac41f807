using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FormsEngine.Host.Tests.Tenancy.Fuzz;

/// <summary>Counts of the fuzz run (calls, statuses, per endpoint) and the findings, for the summary and the failure message.</summary>
internal sealed class FuzzTally
{
    private const int MaxFindings = 25;

    public int Calls { get; private set; }

    public SortedDictionary<string, int> Statuses { get; } = new(StringComparer.Ordinal);

    /// <summary>Per endpoint, the statuses it answered with.</summary>
    public SortedDictionary<string, SortedSet<string>> ByEndpoint { get; } = new(StringComparer.Ordinal);

    /// <summary>Mutating calls carrying the victim's ids that still succeeded (the victim's data checked unchanged after each).</summary>
    public SortedSet<string> AcceptedMutations { get; } = new(StringComparer.Ordinal);

    public List<string> Findings { get; } = [];

    public bool Full => Findings.Count >= MaxFindings;

    public void Count(CatalogEndpoint endpoint, string status)
    {
        Calls++;
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
        if (!ByEndpoint.TryGetValue(endpoint.ToString(), out var set))
        {
            ByEndpoint[endpoint.ToString()] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(status);
    }

    public void Find(string what, CatalogEndpoint endpoint, string user, AttackRequest request, string status, string detail) =>
        Findings.Add($"{what}: {endpoint} as {user} → {status}\n  request: {request.Method} {request.Url}\n  body: {Clip(request.Body)}\n  {Clip(detail)}");

    public string Summary(int endpoints, TimeSpan elapsed)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"endpoints covered: {ByEndpoint.Count} of {endpoints}; calls: {Calls} in {elapsed.TotalSeconds:F1} s")
            .AppendLine("statuses: " + string.Join(", ", Statuses.Select(s => $"{s.Key}×{s.Value}")))
            .AppendLine("per endpoint:");
        foreach (var (endpoint, statuses) in ByEndpoint)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {endpoint}: {string.Join(" ", statuses)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"mutating calls with the victim's ids that succeeded (victim unchanged after each): {AcceptedMutations.Count}");
        foreach (var accepted in AcceptedMutations)
        {
            text.AppendLine("  " + accepted);
        }

        return text.ToString();
    }

    /// <summary>A response as text; an .xlsx (a zip) is read entry by entry, so its cells are searched too.</summary>
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes is [(byte)'P', (byte)'K', ..])
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                var text = new StringBuilder();
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    text.Append(await reader.ReadToEndAsync(cancellationToken));
                }

                return text.ToString();
            }
            catch (InvalidDataException)
            {
                // Not a zip after all: search the raw bytes.
            }
        }

        return Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes);
    }

    private static string Clip(string? text) => text is null ? "(none)" : text.Length > 400 ? text[..400] + "…" : text;
}
