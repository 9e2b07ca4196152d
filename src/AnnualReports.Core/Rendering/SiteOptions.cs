namespace AnnualReports.Rendering;

/// <summary>Settings of the public site that templates see.</summary>
/// <param name="BaseUrl">Absolute origin of the static website, e.g. https://account.z13.web.core.windows.net, used by the sitemap and feed.</param>
/// <param name="SiteTitle">Shown in the header of every page.</param>
public sealed record SiteOptions(string BaseUrl, string SiteTitle = "政府信息公开工作年度报告")
{
    public const string DefaultDataLicence = "本站数据来自各机关公开发布的政府信息公开工作年度报告，可自由复制、使用，请注明来源。";

    public static SiteOptions Local { get; } = new("http://127.0.0.1:8080");

    /// <summary>The licence line of the open data files: shown on the data dictionary page and written into <c>reports.json</c>.</summary>
    public string DataLicence { get; init; } = DefaultDataLicence;
}
