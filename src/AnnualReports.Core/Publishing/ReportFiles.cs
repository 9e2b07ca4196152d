using AnnualReports.Reports;
using AnnualReports.Rendering;

namespace AnnualReports.Publishing;

/// <summary>The files a report has on the public site: its page and, beside it, its canonical data file.</summary>
public static class ReportFiles
{
    public static IReadOnlyList<SiteFile> For(SiteRenderer renderer, AnnualReport report, ReadOnlyMemory<byte> canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
        return
        [
            SiteFile.Html(SitePaths.ReportPage(agencyId, year), renderer.RenderReportPage(report)),
            SiteFile.Json(SitePaths.ReportData(agencyId, year), canonicalJson),
        ];
    }
}
