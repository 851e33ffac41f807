namespace FormsEngine.Host.Tests.Hostile;

/// <summary>What the answer to a hostile request must look like besides a 4xx status.</summary>
internal enum HostileShape
{
    /// <summary>An API answer: a bilingual problem (Chinese <c>title</c>, English <c>detail</c>) when it has a body.</summary>
    Problem,

    /// <summary>A resident page: HTML with a Chinese message.</summary>
    ChineseHtml,

    /// <summary>
    /// A request the host may answer normally, because the hostile part is ignored by design (an unknown query
    /// parameter, a community filter that only narrows the caller's own data, an unknown building on a resident page):
    /// any status below 500, and the body must hold none of the case's <c>MustNotContain</c> strings.
    /// </summary>
    Tolerated,
}

/// <summary>How a resident form post carries the page's antiforgery token.</summary>
internal enum AntiforgeryMode
{
    /// <summary>Not a resident post.</summary>
    None,

    /// <summary>The token of the page just opened, with its cookie.</summary>
    Valid,

    /// <summary>No token field at all.</summary>
    Missing,

    /// <summary>A made-up token.</summary>
    Forged,

    /// <summary>A real token from another session (another cookie), as an expired or stolen one would be.</summary>
    OtherSession,
}

/// <summary>One malformed or hostile request: who sends it, what, and what must come back.</summary>
/// <param name="Family">The corpus family, for counting.</param>
/// <param name="Name">A short description, shown when the case fails.</param>
/// <param name="Who">Anonymous (<c>null</c>) or a demo staff account.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The relative URL; <c>{submission}</c> and <c>{task}</c> are replaced by dongqu ids.</param>
/// <param name="Body">Makes the request body (none when <c>null</c>).</param>
/// <param name="Shape">The expected answer shape.</param>
/// <param name="Antiforgery">For resident posts: how the antiforgery token is sent.</param>
/// <param name="Fields">For resident form posts: the fields (the tokens are added per <paramref name="Antiforgery"/>).</param>
/// <param name="Upload">For resident posts: a file part (the post is then multipart).</param>
/// <param name="MustNotContain">For <see cref="HostileShape.Tolerated"/>: text the answer must not hold (another tenant's data, an echoed script).</param>
internal sealed record HostileCase(
    string Family,
    string Name,
    string? Who,
    HttpMethod Method,
    string Url,
    Func<HttpContent>? Body,
    HostileShape Shape,
    AntiforgeryMode Antiforgery = AntiforgeryMode.None,
    IReadOnlyList<KeyValuePair<string, string>>? Fields = null,
    HostileUpload? Upload = null,
    IReadOnlyList<string>? MustNotContain = null)
{
    public override string ToString() => $"[{Family}] {Name} ({Who ?? "anonymous"} {Method} {(Url.Length > 120 ? Url[..120] + "…" : Url)})";
}

/// <summary>A file part of a resident multipart post.</summary>
internal sealed record HostileUpload(string Field, string FileName, string ContentType, byte[] Bytes);
