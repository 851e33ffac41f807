using System.Buffers.Binary;
using System.Xml.Linq;
using FormsEngine.Host.Printing;

namespace FormsEngine.Host.Tests.Printing;

public sealed class QrCodesTests
{
    private const string Url = "https://forms.example.cn/f/returnee-registration?c=幸福里&x=1";

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Png_has_signature_and_square_ihdr_of_modules_times_pixels(int pixelsPerModule)
    {
        var png = QrCodes.Png(Url, pixelsPerModule);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        var modules = QrCodes.ModulesPerSide(Url);
        Assert.Equal(modules * pixelsPerModule, width);
        Assert.Equal(width, height);
        Assert.True(modules >= 21 + 8, "a QR code is at least 21 modules plus the quiet zone");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(41)]
    public void Png_rejects_silly_module_sizes(int pixelsPerModule) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QrCodes.Png(Url, pixelsPerModule));

    [Fact]
    public void Svg_is_well_formed_xml_that_scales()
    {
        var svg = QrCodes.Svg(Url);

        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.NotNull(root.Attribute("viewBox"));
    }

    [Fact]
    public void Empty_url_is_refused() => Assert.Throws<ArgumentException>(() => QrCodes.Svg(""));
}
