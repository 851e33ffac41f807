
namespace FormsEngine.Host.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static void QueryStrings(List<HostileCase> cases)
    {
        const string F = "query";
        var longValue = new string('x', 20_000);
        string[] bad =
        [
            "page=abc", "page=-1", "page=0", "page=1e400", "page=99999999999999999999", "page=%00", "page=1&page=2", "page=", "pageSize=-1",
            "pageSize=0", "pageSize=abc", "pageSize=100000", "pageSize=2147483648", "from=notadate", "from=2026-13-45", "from=" + longValue,
            "to=yesterday", "from=%ZZ", "from=%", "unmasked=maybe", "unmasked=%FF%FE", "outcome=perhaps",
            "outcome=" + longValue, "from=\u0000",
        ];
        foreach (var query in bad)
        {
            cases.Add(new(F, query[..Math.Min(40, query.Length)], "dongqu.staff", HttpMethod.Get, "/api/v1/submissions?" + query, null, HostileShape.Problem));
        }

        // .NET date parsing ignores trailing NULs, so this is the date it looks like: a fair answer, not a hole.
        cases.Add(new(F, "from=2026-01-01%00", "dongqu.staff", HttpMethod.Get, "/api/v1/submissions?from=2026-01-01%00", null, HostileShape.Tolerated, MustNotContain: ["xiqu"]));

        foreach (var query in new[] { "page=abc", "pageSize=-1", "from=notadate", "page=0", "pageSize=100000", "from=%ZZ" })
        {
            cases.Add(new(F, "csv " + query, "dongqu.staff", HttpMethod.Get, "/api/v1/submissions/export.csv?" + query, null, HostileShape.Problem));
            cases.Add(new(F, "xlsx " + query, "dongqu.staff", HttpMethod.Get, "/api/v1/submissions/export.xlsx?" + query, null, HostileShape.Problem));
            // The audit list has no date filter: an unknown parameter is ignored, as HTTP APIs do.
            var shape = query.StartsWith("from=", StringComparison.Ordinal) ? HostileShape.Tolerated : HostileShape.Problem;
            cases.Add(new(F, "audit " + query, "admin", HttpMethod.Get, "/api/v1/audit?" + query, null, shape, MustNotContain: ["   at "]));
        }

        foreach (var who in AllStaff)
        {
            cases.Add(new(F, "long junk query " + who, who, HttpMethod.Get, "/api/v1/submissions?page=" + string.Concat(Enumerable.Repeat("%E4%B8", 3000)), null, HostileShape.Problem));
            cases.Add(new(F, "percent junk " + who, who, HttpMethod.Get, "/api/v1/submissions?pageSize=%C0%AF%C0%AF", null, HostileShape.Problem));
        }

        cases.Add(new(F, "settings of no pack", "dongqu.admin", HttpMethod.Get, "/api/v1/packs/%2E%2E%2F%2E%2E/settings", null, HostileShape.Problem));
        cases.Add(new(F, "settings of a long id", "dongqu.admin", HttpMethod.Get, "/api/v1/packs/" + new string('p', 5000) + "/settings", null, HostileShape.Problem));
        // A %00 in the path never reaches the host: Kestrel refuses it, and the in-memory TestServer throws in the client.
        cases.Add(new(F, "submission of a junk id", "dongqu.staff", HttpMethod.Get, "/api/v1/submissions/%FF%FE", null, HostileShape.Problem));
        // An unknown building on a door's QR code (a renumbered building, a typo) still opens the form, unrouted.
        cases.Add(new(F, "resident page with junk building", null, HttpMethod.Get, Elderly + "?b=" + string.Concat(Enumerable.Repeat("%E4%B8", 2000)), null,
            HostileShape.Tolerated, MustNotContain: ["\uFFFD\uFFFD\uFFFD"]));
        cases.Add(new(F, "resident page with a script as building", null, HttpMethod.Get, Elderly + "?b=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null,
            HostileShape.Tolerated, MustNotContain: ["<script>alert(1)"]));
        cases.Add(new(F, "qr with junk building", null, HttpMethod.Get, Elderly + "/qr.png?b=%3Cscript%3E", null, HostileShape.Tolerated, MustNotContain: ["<script>"]));
    }
}
