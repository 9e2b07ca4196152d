using System.Text;

namespace AnnualReports.Publishing;

/// <summary>
/// One file of the public site, with the headers it is served with. The content type always names its charset;
/// the cache lifetime fits the kind: pages and data change when a report is replaced, a content-hashed asset never does.
/// </summary>
public sealed record SiteFile(string Path, ReadOnlyMemory<byte> Content, string ContentType, string CacheControl)
{
    public const string ShortCache = "public, max-age=300";
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    public string Hash { get; } = ContentHash.Of(Content.Span);

    /// <summary>
    /// A fingerprint of everything the bytes were rendered from (data and renderer), stored beside the file, so a
    /// regeneration can tell the file is current without reading the data or rendering it; <c>null</c> for none.
    /// </summary>
    public string? Source { get; init; }

    public static SiteFile Html(string path, string html) => Text(path, html, "text/html; charset=utf-8");

    /// <summary>A page already rendered to UTF-8 (e.g. <see cref="Rendering.SiteRenderer.RenderReportPageUtf8"/>); the bytes are kept, not copied.</summary>
    public static SiteFile Html(string path, ReadOnlyMemory<byte> utf8Html) => new(path, utf8Html, "text/html; charset=utf-8", ShortCache);

    public static SiteFile Json(string path, ReadOnlyMemory<byte> utf8Json) =>
        new(path, utf8Json, "application/json; charset=utf-8", ShortCache);

    public static SiteFile Sitemap(string path, string xml) => Text(path, xml, "application/xml; charset=utf-8");

    public static SiteFile Feed(string path, string atom) => Text(path, atom, "application/atom+xml; charset=utf-8");

    /// <summary>A stylesheet is cached for a year only when its name carries its content hash (<c>site.3f2a9c1e.css</c>).</summary>
    public static SiteFile Css(string path, string css) =>
        new(path, Encoding.UTF8.GetBytes(css), "text/css; charset=utf-8", IsContentHashed(path) ? ImmutableCache : ShortCache);

    private static SiteFile Text(string path, string text, string contentType) =>
        new(path, Encoding.UTF8.GetBytes(text), contentType, ShortCache);

    private static bool IsContentHashed(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot >= 0 && name.Length - dot - 1 >= 8 && name[(dot + 1)..].All(char.IsAsciiHexDigitLower);
    }
}
