using System.Globalization;
using System.Text;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Pages;
using FormsEngine.Host.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Resident;

/// <summary>The small resident pages around a form: the receipt, and the notices (not found, closed, too many, too large).</summary>
internal static class ResidentPages
{
    public static ContentHttpResult NotFound() => Notice(StatusCodes.Status404NotFound, "找不到这张表单",
        "链接可能不完整，或表单已被撤下。请重新扫描楼栋门口的二维码，或联系社区工作人员。");

    public static ContentHttpResult Closed(ResidentTarget target) => Notice(StatusCodes.Status410Gone, "表单已停止收集",
        $"“{target.Form.Form.Title.Zh}”已结束收集。如有需要，请联系{target.Community.Name}。");

    public static ContentHttpResult TooMany() => Notice(StatusCodes.Status429TooManyRequests, "提交太频繁了",
        "您提交得太快了，请稍等一分钟再试。您填写的内容仍保存在本机浏览器中，不会丢失。");

    public static ContentHttpResult TooLarge() => Notice(StatusCodes.Status413PayloadTooLarge, "上传的内容太大",
        "照片或文件太大，请返回后换一张较小的照片（或用手机自带的“压缩”功能）再提交。您填写的内容仍保存在本机浏览器中。");

    public static ContentHttpResult BadRequest(string message) => Notice(StatusCodes.Status400BadRequest, "提交未成功", message);

    public static ContentHttpResult Receipt(ResidentTarget target, SubmissionRow submission, string scriptUrl)
    {
        var submitted = ChinaTime.FromUnixMilliseconds(submission.SubmittedAt);
        var body = new StringBuilder()
            .Append("<h1>提交成功</h1><div class=\"card\"><p>").Append(PageLayout.Encode(target.Form.Form.Title.Zh)).Append(" · ")
            .Append(PageLayout.Encode(target.Community.Name)).Append("</p><p class=\"muted\">回执编号（请截图保存）</p><p class=\"ref\">")
            .Append(PageLayout.Encode(submission.Reference)).Append("</p><p class=\"muted\">提交时间：")
            .Append(submitted.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)).Append("</p></div>");
        if (submission.Outcome is { } outcome)
        {
            var eligible = outcome == EligibilityDecision.Eligible;
            body.Append("<div class=\"card\"><h2 class=\"").Append(eligible ? "good" : "error").Append("\">")
                .Append(eligible ? "初步审核：符合条件" : "初步审核：暂不符合条件").Append("</h2><p>")
                .Append(PageLayout.Encode(submission.Explanation)).Append("</p>")
                .Append("<p class=\"muted\">这是系统按政策规则自动给出的初步结果，最终以社区审核为准。</p></div>");
        }

        body.Append("<div class=\"card\"><p>社区工作人员会尽快处理，如需核实会与您联系。查询进度时请提供回执编号。</p></div>");
        var html = PageLayout.Render("提交成功 · " + target.Form.Form.Title.Zh, body.ToString())
            .Replace("<body>", $"<body data-fe-clear-draft=\"{PageLayout.Encode(target.DraftKey)}\">", StringComparison.Ordinal)
            .Replace("</body>", $"<script src=\"{PageLayout.Encode(scriptUrl)}\" defer></script></body>", StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static ContentHttpResult Notice(int status, string title, string message) => TypedResults.Content(
        PageLayout.Render(title, $"<h1>{PageLayout.Encode(title)}</h1><div class=\"card\"><p>{PageLayout.Encode(message)}</p></div>"),
        "text/html; charset=utf-8",
        statusCode: status);
}
