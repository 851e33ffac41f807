using System.Xml.Linq;
using FormsEngine.Host.Printing;

namespace FormsEngine.Host.Tests.Printing;

public sealed class PosterPageTests
{
    private static readonly PosterModel Model = new("返乡人员登记", "幸福里社区", "https://forms.example.cn/f/returnee?c=1&d=2", "朝阳街道办事处", new DateOnly(2026, 11, 22));

    [Fact]
    public void Poster_is_a_printable_a4_page_with_everything_on_it()
    {
        var html = PosterPage.Render(Model);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 15mm; }", html, StringComparison.Ordinal);
        Assert.Contains("<h1>返乡人员登记</h1>", html, StringComparison.Ordinal);
        Assert.Contains("幸福里社区", html, StringComparison.Ordinal);
        Assert.Contains(PosterPage.ScanInstruction, html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"url\">https://forms.example.cn/f/returnee?c=1&amp;d=2</p>", html, StringComparison.Ordinal);
        Assert.Contains("朝阳街道办事处", html, StringComparison.Ordinal);
        Assert.Contains("2026年11月22日", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Poster_inlines_the_qr_code_as_svg()
    {
        var html = PosterPage.Render(Model);

        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        Assert.Equal("svg", XDocument.Parse(html[start..(end + 6)]).Root!.Name.LocalName);
        Assert.Equal(QrCodes.Svg(Model.Url), html[start..(end + 6)]);
    }

    [Fact]
    public void Hostile_text_is_encoded()
    {
        var hostile = Model with
        {
            FormTitle = "<script>alert('x')</script>登记",
            CommunityName = "\"><img src=x onerror=alert(1)>",
            StreetOfficeName = "A & B",
        };

        var html = PosterPage.Render(hostile);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;登记</h1>", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", html, StringComparison.Ordinal);
    }
}
