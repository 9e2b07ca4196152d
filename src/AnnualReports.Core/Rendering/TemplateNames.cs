namespace AnnualReports.Rendering;

/// <summary>The file names of the templates <see cref="SiteRenderer"/> renders directly.</summary>
public static class TemplateNames
{
    public const string Layout = "layout.liquid";
    public const string Report = "report.liquid";
    public const string Home = "home.liquid";
    public const string Region = "region.liquid";
    public const string Agency = "agency.liquid";
    public const string NotFound = "404.liquid";
    public const string Rejection = "rejection.liquid";
    public const string DataDictionary = "data.liquid";
    public const string Stylesheet = "site.css";
}
