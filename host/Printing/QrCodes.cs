using QRCoder;

namespace FormsEngine.Host.Printing;

/// <summary>
/// QR codes for a form's public link, with error correction level Q (25% of the code may be smudged or covered, which
/// suits printed posters on notice boards) and the standard 4-module quiet zone.
/// </summary>
internal static class QrCodes
{
    /// <summary>The error correction level of every code.</summary>
    public const QRCodeGenerator.ECCLevel Level = QRCodeGenerator.ECCLevel.Q;

    /// <summary>A black-on-white PNG; each module is <paramref name="pixelsPerModule"/> pixels square (1–40).</summary>
    public static byte[] Png(string url, int pixelsPerModule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pixelsPerModule, 40);
        using var data = Create(url);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule);
    }

    /// <summary>
    /// An SVG document (no XML declaration, so it can be inlined into HTML) that scales to its container: it has a
    /// <c>viewBox</c> rather than a fixed width and height.
    /// </summary>
    public static string Svg(string url)
    {
        using var data = Create(url);
        using var svg = new SvgQRCode(data);
        var markup = svg.GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return StripDeclaration(markup);
    }

    /// <summary>The number of modules on a side, quiet zone included (the PNG is this times the pixels per module).</summary>
    public static int ModulesPerSide(string url)
    {
        using var data = Create(url);
        return data.ModuleMatrix.Count;
    }

    private static QRCodeData Create(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, Level);
    }

    private static string StripDeclaration(string markup)
    {
        var trimmed = markup.TrimStart();
        if (!trimmed.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var end = trimmed.IndexOf("?>", StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[(end + 2)..].TrimStart();
    }
}
