namespace AnnualReports.Publishing;

/// <summary>The bounds that keep every generated file small, whatever the size of the site; smaller in tests.</summary>
/// <param name="AgenciesPerPage">Agencies listed on one page of a region.</param>
/// <param name="UrlsPerSitemap">URLs in one sitemap shard (the sitemap protocol allows 50,000).</param>
/// <param name="FeedEntries">Reports in the Atom feed, newest first.</param>
public sealed record SiteLimits(int AgenciesPerPage = 100, int UrlsPerSitemap = 50_000, int FeedEntries = 100)
{
    public static SiteLimits Default { get; } = new();
}
