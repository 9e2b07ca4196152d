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
    IReadOnlyList<Crumb> Breadcrumbs);

/// <summary>One step of the breadcrumb trail; the last one is the current page and has no link.</summary>
public sealed record Crumb(string Text, string Url, bool IsCurrent);
