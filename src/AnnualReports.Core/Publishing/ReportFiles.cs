using AnnualReports.Reports;
using AnnualReports.Rendering;

namespace AnnualReports.Publishing;

/// <summary>
/// The files a report has on the public site: its page and, beside it, its canonical data file. The page carries
/// its <see cref="SiteFile.Source"/> (the data's hash and the renderer's fingerprint), so a regeneration can skip a
/// page that is current without reading the archive.
/// </summary>
public static class ReportFiles
{
    /// <summary>Renders the report's files; the data file's hash is the <see cref="RenderedReport.ContentHash"/>.</summary>
    public static RenderedReport For(SiteRenderer renderer, AnnualReport report, ReadOnlyMemory<byte> canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
        var data = SiteFile.Json(SitePaths.ReportData(agencyId, year), canonicalJson);
        return new RenderedReport(
            data.Hash,
            [
                SiteFile.Html(SitePaths.ReportPage(agencyId, year), renderer.RenderReportPageUtf8(report)) with { Source = PageSource(renderer, data.Hash) },
                data,
            ]);
    }

    /// <summary>What a report page is rendered from: the renderer and the canonical data (by its hash).</summary>
    public static string PageSource(SiteRenderer renderer, string canonicalHash)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return ContentHash.Of(System.Text.Encoding.UTF8.GetBytes($"{renderer.Fingerprint}:{canonicalHash}"));
    }
}
