namespace AnnualReports.Rendering.Views;

/// <summary>What the layout needs to know of a page. Strings are never null: empty means "none".</summary>
/// <param name="CanonicalUrl">Absolute URL of the page, or empty.</param>
/// <param name="StylesheetUrl">The linked stylesheet, or empty when <paramref name="InlineStyles"/> carries the CSS.</param>
/// <param name="InlineStyles">CSS embedded in the page (private pages that live outside the public site), or empty.</param>
public sealed record PageShell(
    string SiteTitle,
    string Title,
    string Description,
    string CanonicalUrl,
    string StylesheetUrl,
    string InlineStyles,
    string FeedUrl,
    bool NoIndex,
    IReadOnlyList<Crumb> Breadcrumbs)
{
    /// <summary>
    /// The page's Content-Security-Policy: no script, no frames, no forms, nothing fetched from elsewhere; styles
    /// from the site itself, or only the page's own inline CSS (named by its hash) on a private page that carries it.
    /// </summary>
    public string ContentSecurityPolicy => $"default-src 'none'; style-src {StyleSource}; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    /// <summary>The referrer policy: links to other sites send the origin only, never the page's path.</summary>
    public string Referrer { get; init; } = "strict-origin-when-cross-origin";

    /// <summary>The text of the layout's <c>&lt;style&gt;</c> element: a line break, then the CSS.</summary>
    private string StyleSource => InlineStyles.Length == 0
        ? "'self'"
        : $"'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("\n" + InlineStyles)))}'";
}

/// <summary>One step of the breadcrumb trail; the last one is the current page and has no link.</summary>
public sealed record Crumb(string Text, string Url, bool IsCurrent);
