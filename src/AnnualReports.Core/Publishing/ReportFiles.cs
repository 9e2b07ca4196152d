using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.Trends;

namespace AnnualReports.Publishing;

/// <summary>
/// The files a report has on the public site: its page and, beside it, its canonical data file. The page carries
/// its <see cref="SiteFile.Source"/> (the data's hash and the renderer's fingerprint), so a regeneration can skip a
/// page that is current without reading the archive.
/// </summary>
public static class ReportFiles
{
    /// <summary>Renders the report's files; the data file's hash is the <see cref="RenderedReport.ContentHash"/>.</summary>
    /// <param name="previous">The same agency's report of the year before, which the page compares against; <c>null</c> when it is not published.</param>
    public static RenderedReport For(SiteRenderer renderer, AnnualReport report, ReadOnlyMemory<byte> canonicalJson, PreviousYearFigures? previous)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
        var data = SiteFile.Json(SitePaths.ReportData(agencyId, year), canonicalJson);
        return new RenderedReport(
            data.Hash,
            [
                SiteFile.Html(SitePaths.ReportPage(agencyId, year), renderer.RenderReportPageUtf8(report, previous))
                    with { Source = PageSource(renderer, data.Hash, previous?.ContentHash) },
                data,
            ])
        {
            PreviousContentHash = previous?.ContentHash,
            Figures = HeadlineFigures.From(report),
            Cells = Totals.CellVector.Encode(report),
        };
    }

    /// <summary>
    /// What a report page is rendered from: the renderer, the canonical data (by its hash) and the previous year's
    /// data it is compared with (by its hash; <c>null</c> when there is none).
    /// </summary>
    public static string PageSource(SiteRenderer renderer, string canonicalHash, string? previousHash)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var inputs = previousHash is null ? $"{renderer.Fingerprint}:{canonicalHash}" : $"{renderer.Fingerprint}:{canonicalHash}:{previousHash}";
        return ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(inputs));
    }
}
