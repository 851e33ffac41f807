using System.Net;
using System.Text;
using FormsEngine.Host.Forms;

namespace FormsEngine.Host.Api;

/// <summary>The landing page: what this is and where to go next.</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (FormCatalog catalog) => TypedResults.Content(Render(catalog), "text/html; charset=utf-8"));
        return app;
    }

    private static string Render(FormCatalog catalog)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FormsEngine 社区表单引擎</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.6}</style>
            </head><body>
            <h1>FormsEngine 社区表单引擎</h1>
            <p>社区工作人员自己设计登记表、审批流程和资格规则，居民用手机扫码填写。<br>
            Community staff design registration forms, approval workflows and eligibility rules; residents fill them on their phones.</p>
            <h2>已加载的表单 / Loaded forms</h2><ul>
            """);
        foreach (var form in catalog.All)
        {
            var id = WebUtility.HtmlEncode(form.Id);
            html.Append("<li><a href=\"/api/v1/forms/").Append(Uri.EscapeDataString(form.Id)).Append("\">")
                .Append(WebUtility.HtmlEncode(form.Title.Zh)).Append("</a> <small>").Append(id).Append(" v")
                .Append(form.Version).Append("</small></li>");
        }

        html.Append("</ul><p><a href=\"/api/v1/forms\">/api/v1/forms</a> · <a href=\"/healthz\">/healthz</a></p></body></html>");
        return html.ToString();
    }
}
