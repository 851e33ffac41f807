using System.Text;
using FormsEngine.Designer.Resident;
using FormsEngine.Expressions;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>A resident page on a slow phone connection: HTML + CSS + runtime + form script + enhancement script ≤ 100 KB uncompressed.</summary>
public sealed class PageWeightTests
{
    private const int Budget = 100 * 1024;

    [Theory]
    [MemberData(nameof(ResidentFixture.SampleForms), MemberType = typeof(ResidentFixture))]
    public void Sample_form_page_weighs_at_most_100_KB(string file)
    {
        var form = ResidentFixture.Sample(file);
        var html = Encoding.UTF8.GetByteCount(FormPageRenderer.Render(ResidentFixture.Model(form)));
        var css = ResidentAssets.Stylesheet.Bytes.Length;
        var runtime = Encoding.UTF8.GetByteCount(ExpressionJavaScript.RuntimeLibrary);
        var formScript = Encoding.UTF8.GetByteCount(form.ToJavaScript());
        var script = ResidentAssets.Script.Bytes.Length;
        var total = html + css + runtime + formScript + script;
        Assert.True(total <= Budget, $"{file}: {total} bytes (HTML {html}, CSS {css}, runtime {runtime}, form script {formScript}, resident.js {script})");
    }

    [Fact]
    public void Assets_have_stable_hashes_and_types()
    {
        Assert.Equal(16, ResidentAssets.Script.Hash.Length);
        Assert.NotEqual(ResidentAssets.Script.Hash, ResidentAssets.Stylesheet.Hash);
        Assert.StartsWith("text/css", ResidentAssets.Stylesheet.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("text/javascript", ResidentAssets.Script.ContentType, StringComparison.Ordinal);
        Assert.Same(ResidentAssets.Script, ResidentAssets.Script);
    }
}
