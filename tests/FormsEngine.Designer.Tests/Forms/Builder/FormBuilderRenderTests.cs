using System.Text.RegularExpressions;
using FormsEngine.Designer.FormEditing.Builder;

namespace FormsEngine.Designer.Tests.Forms.Builder;

public partial class FormBuilderRenderTests
{
    internal static Task<string> RenderAsync(string? json) => BuilderRenderer.RenderAsync<FormBuilder>(new()
    {
        [nameof(FormBuilder.Json)] = json,
        [nameof(FormBuilder.CommunityName)] = "幸福里社区",
    });

    [Fact]
    public async Task Renders_PaletteFieldsToolbarAndPreview()
    {
        var raw = await RenderAsync(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, "returnee-registration.json")));

        // The renderer encodes non-ASCII characters as entities; the text checks read the decoded markup.
        var html = System.Net.WebUtility.HtmlDecode(raw);

        Assert.Contains("保存草稿", html, StringComparison.Ordinal);
        Assert.Contains("撤销", html, StringComparison.Ordinal);
        foreach (var type in FormsEngine.Designer.FormEditing.FieldTypeCatalog.All)
        {
            Assert.Contains(type.NameZh, html, StringComparison.Ordinal);
        }

        Assert.Contains("家庭成员", html, StringComparison.Ordinal);
        Assert.Contains("draggable=\"true\"", html, StringComparison.Ordinal);
        var frame = Regex.Match(raw, "<iframe[^>]*>").Value;
        Assert.True(frame.Contains(" sandbox ", StringComparison.Ordinal) && frame.Contains("srcdoc=\"&lt;!DOCTYPE html&gt;", StringComparison.Ordinal), frame[..Math.Min(300, frame.Length)]);
    }

    [Fact]
    public async Task EveryInput_HasALabel()
    {
        var html = await RenderAsync(null);
        var depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[2].Value;
            if (name == "label")
            {
                depth += tag.Groups[1].Value == "/" ? -1 : 1;
            }
            else if (name is "input" or "select" or "textarea" && tag.Groups[1].Value != "/")
            {
                Assert.True(depth > 0, "unlabelled: " + tag.Value);
            }
        }
    }

    [Fact]
    public async Task MalformedJson_ShowsAChineseError()
    {
        var html = System.Net.WebUtility.HtmlDecode(await RenderAsync("{ not json"));

        Assert.Contains("无法打开这个表单", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<(/?)(label|input|select|textarea)\\b[^>]*>")]
    private static partial Regex Tag();
}
