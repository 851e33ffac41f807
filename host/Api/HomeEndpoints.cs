using System.Text;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Data;
using FormsEngine.Host.Pages;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>The landing page: what this is, the published forms residents can open, and where staff sign in.</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (FormsEngineDbContext db, PublishedForms forms, CancellationToken cancellationToken) =>
            TypedResults.Content(await RenderAsync(db, forms, cancellationToken).ConfigureAwait(false), "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static async Task<string> RenderAsync(FormsEngineDbContext db, PublishedForms forms, CancellationToken cancellationToken)
    {
        // Published forms are public (their QR codes hang on building doors), so the landing page lists them across
        // tenants on purpose; it reads nothing else.
        var publications = await db.Publications.IgnoreQueryFilters().AsNoTracking().Where(p => p.Active)
            .OrderBy(p => p.CommunityId).ThenBy(p => p.FormId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var communities = await db.Tenants.IgnoreQueryFilters().AsNoTracking().Where(t => t.Kind == Tenancy.TenantKind.Community)
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);

        var body = new StringBuilder()
            .Append("<h1>FormsEngine 社区表单引擎</h1><div class=\"card\"><p>社区工作人员自己设计登记表、审批流程和资格规则，")
            .Append("街道统一下发规则包；居民扫楼栋门口的二维码，用手机就能填写，不必再一遍遍填表格。</p>")
            .Append("<p class=\"muted\">Community staff design registration forms, approval workflows and eligibility rules; residents fill them on their phones.</p></div>");
        foreach (var group in publications.GroupBy(p => p.CommunityId))
        {
            body.Append("<div class=\"card\"><h2>").Append(PageLayout.Encode(communities.GetValueOrDefault(group.Key, group.Key))).Append(" · 居民填写</h2><ul>");
            foreach (var p in group)
            {
                // Compiled form versions are cached, so the page does not re-read and re-parse every form's JSON.
                var title = (await forms.FindAsync(p.FormId, p.FormVersion, cancellationToken).ConfigureAwait(false))?.Form.Title.Zh ?? p.FormId;
                var url = PublicationsEndpoints.ResidentUrl(p.CommunityId, p.FormId);
                body.Append("<li><a href=\"").Append(PageLayout.Encode(url)).Append("\">")
                    .Append(PageLayout.Encode(title)).Append("</a> <span class=\"muted\">（")
                    .Append("<a href=\"").Append(PageLayout.Encode(url)).Append("/poster\">打印海报</a>）</span></li>");
            }

            body.Append("</ul></div>");
        }

        body.Append("<div class=\"card\"><h2>工作人员</h2><p><a class=\"button\" href=\"/account/login\">工作人员登录</a></p>")
            .Append("<p class=\"muted\">接口文档 / API: <a href=\"/openapi/v1.json\">/openapi/v1.json</a> · 健康检查 <a href=\"/healthz\">/healthz</a></p></div>");
        return PageLayout.Render("FormsEngine 社区表单引擎", body.ToString());
    }
}
