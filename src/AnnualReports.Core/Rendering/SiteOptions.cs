namespace AnnualReports.Rendering;

/// <summary>Settings of the public site that templates see.</summary>
/// <param name="BaseUrl">Absolute origin of the static website, e.g. https://account.z13.web.core.windows.net, used by the sitemap and feed.</param>
/// <param name="SiteTitle">Shown in the header of every page.</param>
public sealed record SiteOptions(string BaseUrl, string SiteTitle = "政府信息公开工作年度报告")
{
    public static SiteOptions Local { get; } = new("http://127.0.0.1:8080");
}
