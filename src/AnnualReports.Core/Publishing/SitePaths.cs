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

    public static string AgencyPage(string agencyId) => $"{AgencyIds.Require(agencyId)}/index.html";

    public static string AgencyUrl(string agencyId) => $"/{AgencyIds.Require(agencyId)}/";

    public static string ReportPage(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/index.html";

    public static string ReportUrl(string agencyId, int year) => $"/{AgencyIds.Require(agencyId)}/{year}/";

    public static string ReportData(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/report.json";

    public static string ReportDataUrl(string agencyId, int year) => $"/{ReportData(agencyId, year)}";
}
