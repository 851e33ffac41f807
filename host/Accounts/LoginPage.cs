using System.Text;
using FormsEngine.Host.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace FormsEngine.Host.Accounts;

/// <summary>The staff sign-in page: user name, password, an antiforgery token, and the error of the last try.</summary>
internal static class LoginPage
{
    public static string Render(AntiforgeryTokenSet tokens, string? returnUrl, string? error)
    {
        var body = new StringBuilder()
            .Append("<h1>工作人员登录</h1><div class=\"card\">");
        if (error is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(PageLayout.Encode(error)).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"/account/login\">")
            .Append("<input type=\"hidden\" name=\"").Append(PageLayout.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(PageLayout.Encode(tokens.RequestToken)).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(PageLayout.Encode(returnUrl)).Append("\">")
            .Append("<label for=\"userName\">用户名</label><input id=\"userName\" name=\"userName\" autocomplete=\"username\" required autocapitalize=\"off\">")
            .Append("<label for=\"password\">密码</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
            .Append("<button type=\"submit\">登录</button></form></div>")
            .Append("<p class=\"muted\">居民填写表单无需登录，请扫描楼栋门口的二维码。</p>");
        return PageLayout.Render("工作人员登录 · FormsEngine", body.ToString());
    }
}
