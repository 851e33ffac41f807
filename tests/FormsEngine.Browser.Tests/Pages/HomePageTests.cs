using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Pages;

/// <summary>The landing page as a resident sees it on a small phone.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class HomePageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Home_on_a_phone_renders_Chinese_without_horizontal_overflow_or_errors()
    {
        await using var page = await Browser.NewPhonePageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("FormsEngine 社区表单引擎");
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("document.documentElement.lang"));
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The page is {scrollWidth} CSS px wide on a 360 px phone: it scrolls sideways.");
        await Artifacts.ScreenshotAsync(page, "home-phone");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Home_on_a_phone_draws_Chinese_glyphs_not_missing_glyph_boxes()
    {
        await using var page = await Browser.NewPhonePageAsync();
        await page.GotoAsync("/");

        // Without a CJK font every Chinese character is drawn as the same empty box. Draw two different characters
        // in the heading's own font and compare the pixels: real glyphs differ, boxes are identical.
        var glyphs = await page.EvaluateAsync<GlyphCheck>("""
            () => {
              const family = getComputedStyle(document.querySelector('h1')).fontFamily;
              const draw = ch => {
                const canvas = document.createElement('canvas');
                canvas.width = canvas.height = 64;
                const g = canvas.getContext('2d');
                g.font = `48px ${family}`;
                g.fillText(ch, 4, 52);
                return g.getImageData(0, 0, 64, 64).data;
              };
              const a = draw('社'), b = draw('表');
              let inked = 0, different = 0;
              for (let i = 3; i < a.length; i += 4) { if (a[i]) inked++; if (a[i] !== b[i]) different++; }
              return { family, inked, different };
            }
            """);

        Assert.True(glyphs.Inked > 50, $"'社' drew {glyphs.Inked} pixels in font {glyphs.Family}: nothing rendered.");
        Assert.True(glyphs.Different > 50,
            $"'社' and '表' draw the same pixels in font {glyphs.Family}: no CJK font is installed " +
            "(run `apt-get install -y fonts-noto-cjk`).");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Home_works_without_JavaScript()
    {
        // Resident pages are static server-rendered HTML: they must work on phones with scripts off.
        await using var page = await Browser.NewPhonePageAsync(javaScriptEnabled: false);

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("FormsEngine 社区表单引擎");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "/healthz" })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "home-phone-no-js");
        page.AssertNoProblems();
    }

    // Playwright deserialises evaluate results through a parameterless constructor and property setters.
    private sealed class GlyphCheck
    {
        public string Family { get; set; } = "";

        public int Inked { get; set; }

        public int Different { get; set; }
    }
}
