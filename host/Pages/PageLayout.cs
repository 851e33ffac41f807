using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FormsEngine.Host.Pages;

/// <summary>
/// The frame of the host's small server-rendered pages (sign-in, receipts, notices): mobile-first, no script, Chinese
/// first. Callers pass already-encoded body HTML; <see cref="Encode"/> encodes text.
/// </summary>
internal static class PageLayout
{
    private const string Style = """
        :root{color-scheme:light;--ink:#1f2933;--muted:#52606d;--accent:#0b6bcb;--bad:#c81e1e;--good:#0e7a3c}
        *{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#f5f7fa}
        main{max-width:34rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;line-height:1.3;margin:.5rem 0 1rem}
        .card{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:1rem}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{width:100%;font:inherit;padding:.7rem;border:1px solid #9aa5b1;border-radius:8px}
        button,.button{display:inline-block;width:100%;margin-top:1rem;padding:.8rem;font:inherit;font-weight:600;color:#fff;background:var(--accent);border:0;border-radius:8px;text-align:center;text-decoration:none}
        :focus-visible{outline:3px solid #f0b429;outline-offset:2px}.error{color:var(--bad)}.good{color:var(--good)}.muted{color:var(--muted);font-size:.9rem}
        .ref{font:700 1.5rem/1.2 ui-monospace,monospace;letter-spacing:.05em;word-break:break-all}
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string title, string bodyHtml)
    {
        var html = new StringBuilder(2048 + bodyHtml.Length);
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<link rel=\"icon\" href=\"data:,\">")
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append(bodyHtml)
            .Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>HTML-encodes text, leaving Chinese readable (the default encoder would turn every character into &amp;#x…;).</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? "");
}
