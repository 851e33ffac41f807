using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Hostile;

/// <summary>The corpus of malformed or hostile requests (issue 9, "Bad input"), built in code.</summary>
internal static partial class HostileCorpus
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
}
