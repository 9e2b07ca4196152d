namespace AnnualReports.Publishing;

/// <summary>
/// Where every page lives in the static website container (<c>$web</c>) and the URL that serves it.
/// Agency ids are validated slugs (<see cref="AgencyIds"/>), so nothing here can escape a report's own prefix.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string Stylesheet = "assets/site.css";

    /// <summary>Page <paramref name="page"/> (from 1) of a region; the nation's first page is the home page.</summary>
    public static string RegionPage(string code, int page) => (code, page) switch
    {
        (Regions.Divisions.National, 1) => Home,
        (_, 1) => $"regions/{RegionCode(code)}/index.html",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"regions/{RegionCode(code)}/{page}.html"),
    };

    public static string RegionUrl(string code, int page = 1) => page == 1 && code == Regions.Divisions.National
        ? "/"
        : "/" + RegionPage(code, page).Replace("index.html", "", StringComparison.Ordinal);

    /// <summary>Shard <paramref name="shard"/> (from 1) of the region's sitemap.</summary>
    public static string SitemapShard(string code, int shard) => shard == 1
        ? $"sitemaps/{RegionCode(code)}.xml"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sitemaps/{RegionCode(code)}-{shard}.xml");

    private static string RegionCode(string code) =>
        code.Length == 6 && code.All(char.IsAsciiDigit) ? code : throw new ArgumentException($"'{code}' is not a 6-digit region code.", nameof(code));

    public static string AgencyPage(string agencyId) => $"{AgencyIds.Require(agencyId)}/index.html";

    public static string AgencyUrl(string agencyId) => $"/{AgencyIds.Require(agencyId)}/";

    public static string ReportPage(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/index.html";

    public static string ReportUrl(string agencyId, int year) => $"/{AgencyIds.Require(agencyId)}/{year}/";

    public static string ReportData(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/report.json";

    public static string ReportDataUrl(string agencyId, int year) => $"/{ReportData(agencyId, year)}";
}
