
namespace FormsEngine.Host.Tests.Hostile;

internal static partial class HostileCorpus
{
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

        // Answers are read leniently and a JSON number keeps its exact text, so a numeric ID number is taken at its word.
        // A browser's Number cannot hold 18 digits: 110105194003070014 arrives rounded to …016, and its checksum fails.
        cases.Add(new(F, "id as number", "dongqu.staff", HttpMethod.Post, "/api/v1/submissions",
            Text(Submission(ElderlyAnswers().Replace("\"" + BadChecksumId + "\"", "110105194003070016", StringComparison.Ordinal))), HostileShape.Problem));
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
}
