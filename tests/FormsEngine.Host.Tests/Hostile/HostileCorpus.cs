using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Packs;
using FormsEngine.Host.Tests.Uploads;

namespace FormsEngine.Host.Tests.Hostile;

/// <summary>The corpus of malformed or hostile requests (issue 9, "Bad input"), built in code.</summary>
internal static class HostileCorpus
{
    public const string Elderly = "/f/xinhua-dongqu/elderly-allowance";
    public const string Checkin = "/f/xinhua-dongqu/daily-health-checkin";
    public const string BadChecksumId = "110105194003070011";
    private const string Json = "application/json";
    private const string PackId = "elderly-allowance-eligibility";

    private static readonly string[] AllStaff = ["admin", "dongqu.admin", "dongqu.staff", "dongqu.grid1", "xiqu.staff"];
    private static readonly string[] OtherTenantStaff = ["xiqu.staff"];
    private static readonly string[] BadChoices = ["外星", "", "本市\u0000", "<b>本市</b>"];

    public static IReadOnlyList<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        BrokenJson(cases);
        ResidentPosts(cases);
        Uploads(cases);
        OtherTenants(cases);
        PackImports(cases);
        QueryStrings(cases);
        return cases;
    }

    private static Func<HttpContent> Text(string body, string contentType = Json) => () =>
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType.Contains(';', StringComparison.Ordinal) ? contentType : contentType + "; charset=utf-8");
        return content;
    };

    private static Func<HttpContent> Bytes(byte[] body, string contentType) => () =>
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    };

    private static string ElderlyAnswers(string idNumber = BadChecksumId, string name = "李秀英", string extra = "") =>
        $$"""{"姓名":{{JsonValue.Create(name).ToJsonString()}},"身份证号":{{JsonValue.Create(idNumber).ToJsonString()}},"手机号":"13800138000","户籍":"本市","居住年限":30,"独居":true,"已领取其他养老补贴":false{{extra}}}""";

    private static string Submission(string answers, string community = "xinhua-dongqu") =>
        $$"""{"community":"{{community}}","form":"elderly-allowance","answers":{{answers}}}""";

    private static void BrokenJson(List<HostileCase> cases)
    {
        const string F = "json";
        var oneMb = new string('汉', 1024 * 1024 / 3) + new string('x', 1024 * 1024 / 3);
        var deep = new string('[', 1000) + new string(']', 1000);
        (string Url, string Who, HttpMethod Method, string Valid, string[] Wrong)[] targets =
        [
            ("/api/v1/submissions", "dongqu.staff", HttpMethod.Post, Submission(ElderlyAnswers()),
            [
                """{"community":123,"form":"elderly-allowance","answers":{}}""",
                """{"community":["xinhua-dongqu"],"form":"elderly-allowance","answers":{}}""",
                """{"community":{"a":1},"form":"elderly-allowance","answers":{}}""",
                """{"community":true,"form":"elderly-allowance","answers":{}}""",
                """{"community":"xinhua-dongqu","form":42,"answers":{}}""",
                """{"community":"xinhua-dongqu","form":[],"answers":{}}""",
                """{"community":"xinhua-dongqu","form":false,"answers":{}}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":"x"}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":[1,2]}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":7}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":true}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":{},"building":{}}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":{},"building":[1]}""",
                """{"community":"xinhua-dongqu","form":"elderly-allowance","answers":{},"building":12}""",
                Submission(ElderlyAnswers().Replace("\"居住年限\":30", "\"居住年限\":\"很多年\"", StringComparison.Ordinal)),
                Submission(ElderlyAnswers().Replace("\"独居\":true", "\"独居\":\"也许\"", StringComparison.Ordinal)),
                Submission(ElderlyAnswers().Replace("\"户籍\":\"本市\"", "\"户籍\":[\"本市\"]", StringComparison.Ordinal)),
                Submission(ElderlyAnswers().Replace("\"手机号\":\"13800138000\"", "\"手机号\":13800138000", StringComparison.Ordinal)),
                Submission(ElderlyAnswers().Replace("\"已领取其他养老补贴\":false", "\"已领取其他养老补贴\":{}", StringComparison.Ordinal)),
                Submission(ElderlyAnswers(name: "").Replace("\"姓名\":\"\"", "\"姓名\":{\"a\":[1]}", StringComparison.Ordinal)),
            ]),
            ("/api/v1/packs/" + PackId + "/settings", "dongqu.admin", HttpMethod.Put, """{"values":{"minAge":"abc"}}""",
            [
                """{"values":"minAge"}""",
                """{"values":[1,2,3]}""",
                """{"values":80}""",
                """{"values":true}""",
                """[{"values":{}}]""",
                "\"values\"",
            ]),
            ("/api/v1/tasks/no-such-task/complete", "dongqu.grid1", HttpMethod.Post, """{"outcome":"approve","comment":"好"}""",
            [
                """{"outcome":1,"comment":"好"}""",
                """{"outcome":["approve"],"comment":"好"}""",
                """{"outcome":"approve","comment":{"x":1}}""",
                """{"outcome":true,"comment":false}""",
                """[]""",
                "12",
            ]),
            ("/api/v1/session", "anonymous", HttpMethod.Post, """{"userName":"dongqu.staff","password":"wrong-password-1"}""",
            [
                """{"userName":1,"password":"x"}""",
                """{"userName":["dongqu.staff"],"password":"x"}""",
                """{"userName":"dongqu.staff","password":12345678}""",
                """{"userName":"dongqu.staff","password":{"$ne":null}}""",
                """{"userName":null,"password":null}""",
                """[]""",
                "\"admin\"",
            ]),
        ];

        foreach (var (url, who, method, valid, wrong) in targets)
        {
            var user = who == "anonymous" ? null : who;
            var truncated = valid[..(valid.Length / 2)];
            string[] broken =
            [
                truncated,
                valid[..^1],
                valid.Replace("}", ",}", StringComparison.Ordinal),
                valid + ",",
                valid + "}",
                "{" + valid,
                valid.Replace("\"", "'", StringComparison.Ordinal),
                "",
                "null",
                "{",
                "\uFEFF\uFEFF" + valid,
                "{\"a\":1e400}",
                valid.Replace(":", ":1e400,\"x\":", StringComparison.Ordinal),
                deep,
                "{\"a\":" + deep + "}",
                "{\"community\":\"" + oneMb + "\"}",
                "{\"" + oneMb + "\":1}",
                "{\"a\":\"\\uD800\"}",
                "{\"a\":\"\\u00\"}",
                "{\"a\":NaN}",
                "{\"a\":01}",
                "{/*comment*/}",
            ];
            foreach (var (body, i) in broken.Select((b, i) => (b, i)))
            {
                cases.Add(new(F, $"broken #{i}", user, method, url, Text(body), HostileShape.Problem));
            }

            foreach (var (body, i) in wrong.Select((b, i) => (b, i)))
            {
                cases.Add(new(F, $"wrong type #{i}", user, method, url, Text(body), HostileShape.Problem));
            }

            cases.Add(new(F, "text/plain body", user, method, url, Text(valid, "text/plain"), HostileShape.Problem));
            cases.Add(new(F, "xml body", user, method, url, Text("<a>1</a>", "application/xml"), HostileShape.Problem));
            cases.Add(new(F, "invalid utf-8", user, method, url, Bytes([0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], Json), HostileShape.Problem));
        }

        // The elderly-allowance answers: ID numbers that are not ID numbers, numbers out of range, huge strings.
        string[] badIds =
        [
            BadChecksumId, "110105194003070010", "11010519400307001X", "110105194013070014", "110105194002300014",
            "110105300003070014", "11010519400307001", "1101051940030700144", "ABCDEFGHIJKLMNOPQR", "11010519400307OO14",
            "", " ", "110105 19400307 0014", "１１０１０５１９４００３０７００１４", "<script>alert(1)</script>",
        ];
        foreach (var id in badIds)
        {
            cases.Add(new(F, "bad id " + id, "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers(id))), HostileShape.Problem));
        }

        cases.Add(new(F, "id as number", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions",
            Text(Submission(ElderlyAnswers().Replace("\"" + BadChecksumId + "\"", "110105194003070014", StringComparison.Ordinal))), HostileShape.Problem));
        foreach (var number in new[] { "1e400", "-1e400", "1e-400", "99999999999999999999999999999", "-0", "0.0000000000000000000001" })
        {
            var answers = ElderlyAnswers().Replace("\"居住年限\":30", "\"居住年限\":" + number, StringComparison.Ordinal);
            cases.Add(new(F, "number " + number, "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(answers)), HostileShape.Problem));
        }

        cases.Add(new(F, "1 MB name", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers(name: oneMb))), HostileShape.Problem));
        cases.Add(new(F, "1 MB id", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers(idNumber: oneMb))), HostileShape.Problem));
        cases.Add(new(F, "1 MB unknown answer", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers(extra: ",\"备注\":\"" + oneMb + "\""))), HostileShape.Problem));
        cases.Add(new(F, "deep answer", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions", Text(Submission(ElderlyAnswers(extra: ",\"备注\":" + deep))), HostileShape.Problem));
    }

    private static List<KeyValuePair<string, string>> ElderlyFields(string idNumber = BadChecksumId, string name = "李秀英") =>
    [
        new("姓名", name),
        new("身份证号", idNumber),
        new("手机号", "13800138000"),
        new("户籍", "本市"),
        new("居住年限", "30"),
        new("独居", "true"),
        new("已领取其他养老补贴", "false"),
    ];

    private static void ResidentPosts(List<HostileCase> cases)
    {
        const string F = "resident";
        var valid = ResidentEndpointsTestsFields();
        foreach (var mode in new[] { AntiforgeryMode.Missing, AntiforgeryMode.Forged, AntiforgeryMode.OtherSession })
        {
            // Otherwise valid answers: only the token is wrong, so nothing may be stored.
            cases.Add(new(F, $"{mode} token, valid answers", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, mode, valid));
            cases.Add(new(F, $"{mode} token, bad id", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, mode, ElderlyFields()));
            cases.Add(new(F, $"{mode} token, checkin", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, mode, CheckinFields()));
            cases.Add(new(F, $"{mode} token, no fields", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, mode, []));
        }

        string[] hostileValues =
        [
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "</textarea><script>x()</script>",
            "\u0000\u0001\u0002\u001b[31m", "\u202Eevil\u202C", "a\r\nSet-Cookie: x=1", "{{input1.GetType()}}", "${7*7}", "' OR 1=1 --",
            "\uD800", new string('长', 100 * 1024), new string('a', 100 * 1024), "%00%0d%0a", "../../etc/passwd",
        ];
        foreach (var (value, i) in hostileValues.Select((v, i) => (v, i)))
        {
            cases.Add(new(F, $"hostile name #{i}", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, ElderlyFields(name: value)));
            var checkin = CheckinFields();
            checkin[0] = new("姓名", value);
            checkin[2] = new("体温", "很热");
            cases.Add(new(F, $"hostile checkin name #{i}", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, checkin));
        }

        string[] hostileKeys = ["<script>", "__proto__", "constructor", "姓名[0]", "成员[0].姓名", "", "\u0000", new string('k', 10_000)];
        foreach (var (key, i) in hostileKeys.Select((k, i) => (k, i)))
        {
            var fields = ElderlyFields();
            fields.Add(new(key, "值"));
            cases.Add(new(F, $"unknown field #{i}", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, fields));
        }

        foreach (var key in new[] { "姓名", "身份证号", "户籍", "独居", "居住年限", "_idem" })
        {
            var fields = ElderlyFields();
            fields.Add(new(key, key == "_idem" ? "other" : "重复"));
            cases.Add(new(F, "repeated " + key, null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, fields));
        }

        foreach (var (value, i) in BadChoices.Select((v, i) => (v, i)))
        {
            var fields = ResidentEndpointsTestsFields();
            fields[3] = new("户籍", value);
            cases.Add(new(F, $"bad choice #{i}", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, fields));
        }

        foreach (var url in new[] { "/f/xinhua-dongqu/no-such-form", "/f/no-such-community/elderly-allowance", "/f/xinhua-dongqu/%3Cscript%3E", "/f/..%2F..%2Fetc/passwd" })
        {
            cases.Add(new(F, "unknown target " + url, null, HttpMethod.Post, url, null, HostileShape.ChineseHtml, AntiforgeryMode.Forged, ElderlyFields()));
            cases.Add(new(F, "unknown page " + url, null, HttpMethod.Get, url, null, HostileShape.ChineseHtml));
        }

        cases.Add(new(F, "json body to the form", null, HttpMethod.Post, Elderly, Text(Submission(ElderlyAnswers())), HostileShape.ChineseHtml));
        cases.Add(new(F, "empty body to the form", null, HttpMethod.Post, Elderly, Text("", "application/x-www-form-urlencoded"), HostileShape.ChineseHtml));
        cases.Add(new(F, "broken urlencoding", null, HttpMethod.Post, Elderly, Text("%E4%B8=%%%&&==&%ZZ", "application/x-www-form-urlencoded"), HostileShape.ChineseHtml));
        cases.Add(new(F, "broken multipart", null, HttpMethod.Post, Elderly, Text("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", "multipart/form-data; boundary=x"), HostileShape.ChineseHtml));
        cases.Add(new(F, "multipart without boundary", null, HttpMethod.Post, Elderly, Text("abc", "multipart/form-data"), HostileShape.ChineseHtml));
        cases.Add(new(F, "receipt of nothing", null, HttpMethod.Get, Elderly + "/receipt/not-a-receipt", null, HostileShape.ChineseHtml));
        cases.Add(new(F, "receipt with traversal", null, HttpMethod.Get, Elderly + "/receipt/..%2F..%2Fappsettings.json", null, HostileShape.ChineseHtml));
    }

    private static List<KeyValuePair<string, string>> ResidentEndpointsTestsFields() => ElderlyFields("110105194003070014");

    private static List<KeyValuePair<string, string>> CheckinFields() =>
    [
        new("姓名", "赵敏"),
        new("手机号", "13900139001"),
        new("体温", "36.5"),
        new("症状", "none"),
        new("打卡时间", "2026-11-22T08:30"),
    ];

    private static void Uploads(List<HostileCase> cases)
    {
        const string F = "uploads";
        byte[] elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. new byte[512]];
        byte[] pe = [.. UploadSamples.Exe, .. new byte[512]];
        byte[] zip = EmptyZip();
        byte[] html = "<html><script>alert(1)</script></html>"u8.ToArray();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray();
        byte[] shell = "#!/bin/sh\nrm -rf /\n"u8.ToArray();
        (string Name, byte[] Bytes)[] liars = [("elf", elf), ("pe", pe), ("zip", zip), ("html", html), ("svg", svg), ("shell", shell), ("empty", []), ("mp4", UploadSamples.Mp4), ("text", UploadSamples.Text)];
        (string FileName, string Type)[] names = [("照片.jpg", "image/jpeg"), ("照片.png", "image/png"), ("a.jpg.exe", "image/jpeg"), ("../../x.png", "image/png")];
        foreach (var (kind, bytes) in liars)
        {
            foreach (var (fileName, type) in names)
            {
                cases.Add(new(F, $"{kind} as {fileName}", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, CheckinFields(), new("健康码截图", fileName, type, bytes)));
            }
        }

        byte[] bigPng = [.. UploadSamples.Png, .. new byte[(10 * 1024 * 1024) + 1]];
        cases.Add(new(F, "photo over 10 MB", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, CheckinFields(), new("健康码截图", "大.png", "image/png", bigPng)));
        byte[] hugePng = [.. UploadSamples.Png, .. new byte[13 * 1024 * 1024]];
        cases.Add(new(F, "post over 12 MB", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, CheckinFields(), new("健康码截图", "巨大.png", "image/png", hugePng)));
        cases.Add(new(F, "pdf where a photo goes", null, HttpMethod.Post, Checkin, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, CheckinFields(), new("健康码截图", "a.pdf", "application/pdf", UploadSamples.Pdf)));
        cases.Add(new(F, "file into a text field", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, ElderlyFields(), new("姓名", "a.png", "image/png", UploadSamples.Png)));
        cases.Add(new(F, "file into an unknown field", null, HttpMethod.Post, Elderly, null, HostileShape.ChineseHtml, AntiforgeryMode.Valid, ElderlyFields(), new("不存在", "a.png", "image/png", UploadSamples.Png)));
    }

    private static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("a.txt").Open();
            entry.Write("hello"u8);
        }

        return stream.ToArray();
    }

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
                cases.Add(new(F, "get " + url, who, HttpMethod.Get, url, null, HostileShape.Problem));
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

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static void PackImports(List<HostileCase> cases)
    {
        const string F = "packs";
        var manifest = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestPacks.MiniFolder, "pack.json")));
        var hostileNames = new[]
        {
            "../evil.json", "../../etc/passwd", "forms/../../evil.json", "..\\evil.json", "/etc/passwd", "/pack.json", "C:\\evil.json",
            "C:/Windows/evil.json", "forms/\u0000.json", "forms/" + new string('a', 300) + ".json", "./../pack.json", "forms/..",
        };
        foreach (var name in hostileNames)
        {
            cases.Add(new(F, "entry " + name, "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", manifest), (name, "{}"u8.ToArray())), "application/zip"), HostileShape.Problem));
        }

        var zeros = new byte[3 * 1024 * 1024];
        cases.Add(new(F, "zip bomb entry", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", manifest), ("forms/bomb.json", zeros)), "application/zip"), HostileShape.Problem));
        cases.Add(new(F, "zip bomb manifest", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip(("pack.json", zeros)), "application/zip"), HostileShape.Problem));
        cases.Add(new(F, "many entries", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Zip([.. Enumerable.Range(0, 600).Select(i => ($"forms/f{i}.json", "{}"u8.ToArray())), ("pack.json", manifest)]), "application/zip"), HostileShape.Problem));
        var mini = TestPacks.Mini();
        (string Name, byte[] Body)[] junk =
        [
            ("empty", []), ("not a zip", "这不是压缩包"u8.ToArray()), ("elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', .. new byte[100]]),
            ("pe", [.. UploadSamples.Exe]), ("json", manifest), ("truncated zip", mini[..(mini.Length / 2)]), ("zip header only", [0x50, 0x4B, 0x03, 0x04]),
            ("empty zip", [0x50, 0x4B, 0x05, 0x06, .. new byte[18]]), ("zip without pack.json", Zip(("forms/a.json", "{}"u8.ToArray()))),
            ("pack.json broken", Zip(("pack.json", "{\"id\":"u8.ToArray()))), ("pack.json deep", Zip(("pack.json", Encoding.UTF8.GetBytes(new string('[', 1000) + new string(']', 1000))))),
        ];
        foreach (var (name, body) in junk)
        {
            cases.Add(new(F, name, "admin", HttpMethod.Post, "/api/v1/packs", Bytes(body, "application/zip"), HostileShape.Problem));
        }

        cases.Add(new(F, "zip as octet-stream garbage", "admin", HttpMethod.Post, "/api/v1/packs", Bytes(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray(), "application/octet-stream"), HostileShape.Problem));

        string[] expressions =
        [
            "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"", "input1.GetType().Assembly.FullName != \"\"", "input1.年龄.GetType() != null",
            "Activator.CreateInstance(\"System.Diagnostics.Process\") != null", "System.Environment.Exit(0) == 0", "typeof(System.IO.File) != null",
            "unknownFunction(input1.年龄)", "input1.年龄 >= ", "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) == 1",
            "new System.Net.WebClient() != null", "input1.姓名.Length > 0 && System.Threading.Thread.Sleep(100000) == null", "AppDomain.CurrentDomain != null",
        ];
        foreach (var expression in expressions)
        {
            cases.Add(new(F, "expression " + expression[..Math.Min(40, expression.Length)], "admin", HttpMethod.Post, "/api/v1/packs", Bytes(MiniWithRule(expression, javaScript: false), "application/zip"), HostileShape.Problem));
        }

        string[] scripts =
        [
            "(function(){ while (true) {} })()", "(function(){ for (;;) {} return true; })()", "(function(){ var a = []; while (true) { a.push(new Array(1000000).join('x')); } })()",
            "(function f(){ return f(); })()", "(function(){ var s = 'x'; while (true) { s = s + s; } })()", "(function(){ var o = {}; for (var i = 0; ; i++) { o['k' + i] = i; } })()",
            "input1.constructor.constructor('return process')()", "this.System.IO.File.ReadAllText('/etc/passwd')", "importNamespace('System.IO').File.ReadAllText('/etc/passwd')",
            "(function(){ throw new Error('boom'); })()",
        ];
        foreach (var script in scripts)
        {
            cases.Add(new(F, "javascript " + script[..Math.Min(40, script.Length)], "admin", HttpMethod.Post, "/api/v1/packs", Bytes(MiniWithRule(script, javaScript: true), "application/zip"), HostileShape.Problem));
        }
    }

    /// <summary>The mini pack (unsigned, as a zip of its files) with its age rule replaced by <paramref name="expression"/>.</summary>
    private static byte[] MiniWithRule(string expression, bool javaScript) => TestPacks.Mini(files =>
    {
        var rule = files["rules/mini-elderly.json"]["Rules"]![0]!["Rules"]![0]!.AsObject();
        rule["Expression"] = expression;
        if (javaScript)
        {
            rule["RuleExpressionType"] = "JavaScript";
        }
    }, build: false);

    private static void QueryStrings(List<HostileCase> cases)
    {
        const string F = "query";
        var longValue = new string('x', 20_000);
        string[] bad =
        [
            "page=abc", "page=-1", "page=0", "page=1e400", "page=99999999999999999999", "page=%00", "page=1&page=2", "page=", "pageSize=-1",
            "pageSize=0", "pageSize=abc", "pageSize=100000", "pageSize=2147483648", "from=notadate", "from=2026-13-45", "from=" + longValue,
            "to=yesterday", "from=%ZZ", "from=%", "from=2026-01-01%00", "unmasked=maybe", "unmasked=%FF%FE", "outcome=perhaps",
            "outcome=" + longValue, "from=\u0000",
        ];
        foreach (var query in bad)
        {
            cases.Add(new(F, query[..Math.Min(40, query.Length)], "dongqu.staff", HttpMethod.Get, "/api/v1/submissions?" + query, null, HostileShape.Problem));
        }

        foreach (var query in new[] { "page=abc", "pageSize=-1", "from=notadate", "page=0", "pageSize=100000", "from=%ZZ" })
        {
            cases.Add(new(F, "csv " + query, "dongqu.staff", HttpMethod.Get, "/api/v1/submissions/export.csv?" + query, null, HostileShape.Problem));
            cases.Add(new(F, "xlsx " + query, "dongqu.staff", HttpMethod.Get, "/api/v1/submissions/export.xlsx?" + query, null, HostileShape.Problem));
            cases.Add(new(F, "audit " + query, "admin", HttpMethod.Get, "/api/v1/audit?" + query, null, HostileShape.Problem));
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
        cases.Add(new(F, "resident page with junk building", null, HttpMethod.Get, Elderly + "?b=" + string.Concat(Enumerable.Repeat("%E4%B8", 2000)), null, HostileShape.ChineseHtml));
        cases.Add(new(F, "qr with junk building", null, HttpMethod.Get, Elderly + "/qr.png?b=%3Cscript%3E", null, HostileShape.ChineseHtml));
    }
}
