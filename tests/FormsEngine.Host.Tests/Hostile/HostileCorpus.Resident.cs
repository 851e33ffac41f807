using System.IO.Compression;
using FormsEngine.Host.Tests.Resident;
using FormsEngine.Host.Tests.Uploads;

namespace FormsEngine.Host.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static List<KeyValuePair<string, string>> ElderlyFields(string idNumber = BadChecksumId, string name = "李秀英")
    {
        var fields = ResidentEndpointsTests.ElderlyFields(idNumber);
        fields[0] = new("姓名", name);
        return fields;
    }

    private static void ResidentPosts(List<HostileCase> cases)
    {
        const string F = "resident";
        var valid = ResidentEndpointsTests.ElderlyFields();
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
            var fields = ResidentEndpointsTests.ElderlyFields();
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
}
