using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.Trends;

namespace AnnualReports.Publishing;

/// <summary>
/// What the index pages, the sitemap and the feed need to know of one published report. Stored in the reports
/// table, so index pages are built without reading any report.
/// </summary>
/// <param name="PublishedAt">When this site published the report (not the office's 发布日期).</param>
/// <param name="ApplicationsReceived">表三 一、本年新收 总计.</param>
/// <param name="ApplicationsCarriedOver">表三 二、上年结转 总计.</param>
/// <param name="ApplicationsCompleted">表三 （七）总计 总计.</param>
/// <param name="ReviewsAndLawsuits">表四 行政复议总计 + 两类行政诉讼总计.</param>
/// <param name="ContentHash">SHA-256 of the report's canonical data file.</param>
/// <param name="RegionCode">The division the agency is listed under (<see cref="RegionPlacement.CodeOf(Agency, Divisions?)"/>).</param>
/// <param name="Figures">The figures the agency page's trends show; <c>null</c> for an entry saved before they were kept (unknown until the report is published again).</param>
/// <param name="Cells">Every cell of its tables as a <see cref="Totals.CellVector"/>, for its region's totals; <c>null</c> for an entry saved before they were kept. Not in feed rows.</param>
public sealed record ReportSummary(
    string AgencyId,
    string AgencyName,
    AgencyKind AgencyKind,
    string Region,
    int Year,
    LayoutVersion Layout,
    DateOnly? PublishDate,
    DateTimeOffset PublishedAt,
    string Title,
    int ApplicationsReceived,
    int ApplicationsCarriedOver,
    int ApplicationsCompleted,
    int ReviewsAndLawsuits,
    int WarningCount,
    string ContentHash,
    string RegionCode = Divisions.National,
    HeadlineFigures? Figures = null,
    [property: System.Text.Json.Serialization.JsonIgnore] string? Cells = null)
{
    public string Url => SitePaths.ReportUrl(AgencyId, Year);

    public static ReportSummary From(AnnualReport report, DateTimeOffset publishedAt, int warningCount, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(report);
        var meta = report.Metadata;
        var t3 = report.Applications;
        var t4 = report.ReviewsAndLitigation;
        return new ReportSummary(
            meta.Agency.Id,
            meta.Agency.Name,
            meta.Agency.Kind,
            meta.Agency.Region,
            meta.Year,
            report.Layout,
            meta.PublishDate,
            publishedAt,
            report.Title,
            t3[Table3Row.Received].Total ?? 0,
            t3[Table3Row.CarriedOver].Total ?? 0,
            t3[Table3Row.Total].Total ?? 0,
            t4.Groups.Sum(g => g.Outcomes.Total ?? 0),
            warningCount,
            contentHash,
            RegionPlacement.CodeOf(meta.Agency),
            HeadlineFigures.From(report),
            Totals.CellVector.Encode(report));
    }
}
