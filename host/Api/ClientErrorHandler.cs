using System.Text.Json;
using FormsEngine.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace FormsEngine.Host.Api;

/// <summary>
/// Turns a request the framework could not bind — malformed JSON, <c>?page=abc</c>, a body too large — into a
/// bilingual 4xx ProblemDetails saying where (JSON path, line:col, parameter), never a 500 or a stack trace.
/// </summary>
internal sealed class ClientErrorHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = FindJsonError(bad);
        var diagnostics = new List<Diagnostic>();
        string zh, en;
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            (zh, en) = ("请求内容太大", "the request body is too large");
        }
        else if (json is not null)
        {
            (zh, en) = ("请求中的 JSON 格式有误，请按位置修改", "the JSON in the request is malformed: " + json.Message);
            diagnostics.Add(Diagnostic.Error("request.json", json.Path, "JSON 格式有误", json.Message) with
            {
                Line = (int)(json.LineNumber ?? 0) + 1,
                Column = (int)(json.BytePositionInLine ?? 0) + 1,
            });
        }
        else
        {
            (zh, en) = ("请求参数有误，请检查后重试", bad.Message);
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        await BilingualProblem.Create(bad.StatusCode, "request.invalid", zh, en, diagnostics.Count > 0 ? diagnostics : null)
            .ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
