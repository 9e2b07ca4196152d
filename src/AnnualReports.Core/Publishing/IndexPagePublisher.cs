using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;

namespace AnnualReports.Publishing;

/// <summary>
/// Rebuilds the pages that list reports (home, agency pages, sitemap, feed) from the reports table, never by listing
/// blobs, and makes sure the 404 page and the stylesheet exist. Safe to run on many instances at once.
/// </summary>
public sealed class IndexPagePublisher(IReportIndex index, SiteRenderer renderer, SiteFilePublisher publisher)
{
    /// <summary>Refreshes the site-wide pages and the pages of <paramref name="agencyIds"/>.</summary>
    public async Task<IReadOnlyList<PageOutcome>> RefreshAsync(IEnumerable<string> agencyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var outcomes = new List<PageOutcome>();

        async Task Publish(string path, Func<CancellationToken, Task<SiteFile>> render) =>
            outcomes.Add(new PageOutcome(path, await publisher.PublishAsync(path, render, cancellationToken).ConfigureAwait(false)));

        await Publish(SitePaths.Stylesheet, _ => Task.FromResult(SiteFile.Css(SitePaths.Stylesheet, renderer.Stylesheet))).ConfigureAwait(false);
        await Publish(SitePaths.NotFound, _ => Task.FromResult(SiteFile.Html(SitePaths.NotFound, renderer.RenderNotFoundPage()))).ConfigureAwait(false);
        foreach (var agencyId in agencyIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = SitePaths.AgencyPage(agencyId);
            await Publish(path, async ct =>
                SiteFile.Html(path, renderer.RenderAgencyPage(agencyId, await AgencyReportsAsync(agencyId, ct).ConfigureAwait(false)))).ConfigureAwait(false);
        }

        await Publish(SitePaths.Home, async ct =>
            SiteFile.Html(SitePaths.Home, renderer.RenderHomePage(await AllReportsAsync(ct).ConfigureAwait(false)))).ConfigureAwait(false);
        await Publish(SitePaths.Sitemap, async ct =>
            SiteFile.Sitemap(SitePaths.Sitemap, renderer.RenderSitemap(await AllReportsAsync(ct).ConfigureAwait(false)))).ConfigureAwait(false);
        await Publish(SitePaths.Feed, async ct =>
            SiteFile.Feed(SitePaths.Feed, renderer.RenderFeed(await AllReportsAsync(ct).ConfigureAwait(false)))).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<IReadOnlyList<ReportSummary>> AllReportsAsync(CancellationToken cancellationToken) =>
        InStableOrder(await index.ListAsync(cancellationToken).ConfigureAwait(false));

    private async Task<IReadOnlyList<ReportSummary>> AgencyReportsAsync(string agencyId, CancellationToken cancellationToken) =>
        InStableOrder(await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false));

    /// <summary>Latest first, so the rendered bytes never depend on the order the table answers in.</summary>
    private static ReportSummary[] InStableOrder(IEnumerable<IndexedReport> entries) =>
    [
        .. entries
            .Where(e => e.Status == ReportStatus.Published)
            .Select(e => e.Summary)
            .OrderByDescending(s => s.Year)
            .ThenByDescending(s => s.PublishDate)
            .ThenBy(s => s.AgencyId, StringComparer.Ordinal),
    ];
}

/// <summary>What happened to one site file.</summary>
public sealed record PageOutcome(string Path, PublishResult Result);
