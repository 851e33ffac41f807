using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FormsEngine.Host.Printing;

/// <summary>
/// A printable A4 poster for a form: a complete HTML document with the title, the community, the instruction to scan,
/// the QR code as inline SVG, the link in text and a footer with the street office and date. Every piece of text is
/// HTML-encoded (Chinese stays readable; markup characters are escaped). No scripts, no external resources.
/// </summary>
internal static class PosterPage
{
    /// <summary>The instruction printed above the code.</summary>
    public const string ScanInstruction = "请使用微信或手机浏览器扫码填写";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        @page { size: A4; margin: 15mm; }
        * { box-sizing: border-box; }
        html, body { margin: 0; padding: 0; }
        body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "SimHei", sans-serif; color: #000; background: #fff; }
        .poster { height: 267mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
        .community { font-size: 20pt; margin: 8mm 0 0; }
        h1 { font-size: 34pt; line-height: 1.25; margin: 6mm 0 10mm; word-break: break-all; }
        .instruction { font-size: 18pt; font-weight: bold; margin: 0 0 6mm; }
        .qr { width: 120mm; height: 120mm; }
        .qr svg { width: 100%; height: 100%; display: block; }
        .url { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11pt; margin: 4mm 0 0; word-break: break-all; }
        footer { margin-top: auto; font-size: 11pt; color: #333; display: flex; justify-content: space-between; width: 100%; border-top: 0.3mm solid #999; padding-top: 3mm; }
        @media screen { body { background: #eee; } .poster { width: 210mm; margin: 0 auto; padding: 15mm; background: #fff; height: 297mm; } }
        """;

    public static string Render(PosterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var svg = QrCodes.Svg(model.Url);
        var date = model.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(model.FormTitle)} - {E(model.CommunityName)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <main class="poster">
            <p class="community">{E(model.CommunityName)}</p>
            <h1>{E(model.FormTitle)}</h1>
            <p class="instruction">{ScanInstruction}</p>
            <div class="qr" role="img" aria-label="{E("二维码：" + model.Url)}">{svg}</div>
            <p class="url">{E(model.Url)}</p>
            <footer><span>{E(model.StreetOfficeName)}</span><span>{E(date)}</span></footer>
            </main>
            </body>
            </html>
            """;
    }

    private static string E(string? text) => Encoder.Encode(text ?? "");
}
