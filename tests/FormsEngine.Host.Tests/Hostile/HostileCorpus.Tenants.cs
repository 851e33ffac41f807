using FormsEngine.Host.Tests.Packs;

namespace FormsEngine.Host.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static void OtherTenants(List<HostileCase> cases)
    {
        const string F = "tenants";
        foreach (var who in OtherTenantStaff)
        {
            string[] gets =
            [
                "/api/v1/submissions/{submission}", "/api/v1/submissions/{submission}?unmasked=true", "/api/v1/submissions/{submission}/files/x",
                "/api/v1/submissions/{submission}/files/{submission}", "/api/v1/submissions?community=xinhua-dongqu",
                "/api/v1/submissions/export.csv?community=xinhua-dongqu", "/api/v1/submissions/export.xlsx?community=xinhua-dongqu",
                "/api/v1/packs/" + PackId + "/settings?community=xinhua-dongqu", "/api/v1/packs/supply-priority/allocations?community=xinhua-dongqu",
                "/api/v1/passes/AAAA-BBBB-CCCC", "/api/v1/passes/{submission}", "/api/v1/audit",
            ];
            foreach (var url in gets)
            {
                // A community filter on a list or on settings narrows what the caller may see anyway: an empty list or
                // the caller's own settings is a fair answer, as long as nothing of dongqu's comes back.
                var narrows = url.StartsWith("/api/v1/submissions?", StringComparison.Ordinal) || url.Contains("/settings?", StringComparison.Ordinal);
                cases.Add(narrows
                    ? new(F, "get " + url, who, HttpMethod.Get, url, null, HostileShape.Tolerated, MustNotContain: ["dongqu"])
                    : new(F, "get " + url, who, HttpMethod.Get, url, null, HostileShape.Problem));
            }

            cases.Add(new(F, "claim dongqu task", who, HttpMethod.Post, "/api/v1/tasks/{task}/claim", null, HostileShape.Problem));
            cases.Add(new(F, "complete dongqu task", who, HttpMethod.Post, "/api/v1/tasks/{task}/complete", Text("""{"outcome":"approve","comment":"xiqu"}"""), HostileShape.Problem));
            cases.Add(new(F, "revoke pass", who, HttpMethod.Post, "/api/v1/passes/AAAA-BBBB-CCCC/revoke", Text("""{"reason":"x"}"""), HostileShape.Problem));
            cases.Add(new(F, "put dongqu settings", who, HttpMethod.Put, "/api/v1/packs/" + PackId + "/settings?community=xinhua-dongqu", Text("""{"values":{"minAge":70}}"""), HostileShape.Problem));
            cases.Add(new(F, "submit into dongqu", who, HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers("110105194003070014"))), HostileShape.Problem));
            cases.Add(new(F, "submit into nowhere", who, HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers("110105194003070014"), "no-such-community")), HostileShape.Problem));
            cases.Add(new(F, "publish a pack into dongqu", who, HttpMethod.Post, "/api/v1/packs/" + PackId + "/versions/1.0.0/publish", Text("""{"communities":["xinhua-dongqu"]}"""), HostileShape.Problem));
            cases.Add(new(F, "allocate for dongqu", who, HttpMethod.Post, "/api/v1/packs/supply-priority/allocations?community=xinhua-dongqu", null, HostileShape.Problem));
            cases.Add(new(F, "import a pack", who, HttpMethod.Post, "/api/v1/packs", Bytes(TestPacks.Mini(), "application/zip"), HostileShape.Problem));
        }

        // Staff of dongqu below the admin: other grids' and other roles' things.
        foreach (var who in new[] { "dongqu.grid1", "dongqu.staff" })
        {
            cases.Add(new(F, "import a pack", who, HttpMethod.Post, "/api/v1/packs", Bytes(TestPacks.Mini(), "application/zip"), HostileShape.Problem));
            cases.Add(new(F, "audit", who, HttpMethod.Get, "/api/v1/audit", null, HostileShape.Problem));
            cases.Add(new(F, "xiqu submissions", who, HttpMethod.Get, "/api/v1/submissions/export.csv?community=xinhua-xiqu", null, HostileShape.Problem));
            cases.Add(new(F, "xiqu settings", who, HttpMethod.Put, "/api/v1/packs/" + PackId + "/settings?community=xinhua-xiqu", Text("""{"values":{"minAge":70}}"""), HostileShape.Problem));
            cases.Add(new(F, "submit into xiqu", who, HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers("110105194003070014"), "xinhua-xiqu")), HostileShape.Problem));
        }

        // Not signed in at all: every staff endpoint.
        string[] anonymous =
        [
            "/api/v1/submissions", "/api/v1/submissions/{submission}", "/api/v1/tasks", "/api/v1/packs", "/api/v1/packs/" + PackId + "/settings",
            "/api/v1/publications", "/api/v1/forms", "/api/v1/workflows", "/api/v1/audit", "/api/v1/submissions/export.csv",
        ];
        foreach (var url in anonymous)
        {
            cases.Add(new(F, "anonymous " + url, null, HttpMethod.Get, url, null, HostileShape.Problem));
        }

        cases.Add(new(F, "anonymous submission", null, HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers("110105194003070014"))), HostileShape.Problem));
        cases.Add(new(F, "anonymous complete", null, HttpMethod.Post, "/api/v1/tasks/{task}/complete", Text("""{"outcome":"approve"}"""), HostileShape.Problem));
        cases.Add(new(F, "anonymous import", null, HttpMethod.Post, "/api/v1/packs", Bytes(TestPacks.Mini(), "application/zip"), HostileShape.Problem));
        cases.Add(new(F, "anonymous points", null, HttpMethod.Post, "/api/v1/points/lookup", Text("""{"phone":"13800138000"}"""), HostileShape.Problem));
        cases.Add(new(F, "resident receipt across communities", null, HttpMethod.Get, "/f/xinhua-xiqu/elderly-allowance/receipt/{submission}", null, HostileShape.ChineseHtml));
    }
}
