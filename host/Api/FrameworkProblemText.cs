namespace FormsEngine.Host.Api;

/// <summary>
/// Gives the problems the framework writes by itself (415 for a body that is not JSON, 405, a bare 404 or 401 from
/// status-code pages, the plain 500) the same bilingual shape as ours: Chinese <c>title</c>, English <c>detail</c> and
/// a stable <c>code</c>. Problems made by <see cref="BilingualProblem"/> already carry a code and are left alone.
/// </summary>
internal static class FrameworkProblemText
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var (code, zh, en) = status switch
        {
            StatusCodes.Status400BadRequest => ("request.invalid", "请求有误，请检查后重试", "the request is not valid"),
            StatusCodes.Status401Unauthorized => ("auth.required", "请先登录", "sign in first"),
            StatusCodes.Status403Forbidden => ("auth.forbidden", "您没有权限进行此操作", "you may not do this"),
            StatusCodes.Status404NotFound => ("notFound", "找不到该内容，请检查地址", "nothing is found at this address"),
            StatusCodes.Status405MethodNotAllowed => ("request.method", "该地址不支持此请求方式", "this address does not accept this HTTP method"),
            StatusCodes.Status413PayloadTooLarge => ("request.tooLarge", "请求内容太大", "the request body is too large"),
            StatusCodes.Status415UnsupportedMediaType => ("request.mediaType", "请求内容的格式不对，请以 JSON 发送（Content-Type: application/json）",
                "the request body must be JSON (Content-Type: application/json)"),
            StatusCodes.Status429TooManyRequests => ("request.tooMany", "请求太频繁，请稍后再试", "too many requests; try again shortly"),
            >= 500 => ("server.error", "服务器内部错误，请稍后再试；如果一直出现，请把追踪号告诉管理员", "an internal error occurred; quote the trace id to the administrator"),
            _ => ("request.failed", "请求未能完成", "the request could not be completed"),
        };
        problem.Title = zh;
        problem.Detail ??= en;
        problem.Extensions["code"] = code;
    }
}
