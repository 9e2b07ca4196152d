using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;

namespace AnnualReports.Publishing;

/// <summary>
/// Rebuilds the pages that list reports (home, agency pages, sitemap, feed) from the reports table, never by listing
/// blobs, and makes sure the 404 page and the stylesheet exist. Safe to run on many instances at once.
/// </summary>
/// <remarks>
/// All page versions are read first (or taken from a listing read before), then the table once, and every page is
/// rendered from that one snapshot: each write still includes every row saved before its version was read, as in
/// <see cref="SiteFilePublisher"/>. A page that meets a conflict starts over alone, reading the table again.
/// </remarks>
public sealed class IndexPagePublisher(IReportIndex index, SiteRenderer renderer, SiteFilePublisher publisher)
{
    /// <summary>How many pages are read or written at once.</summary>
    public int Parallelism { get; init; } = SiteRegenerator.DefaultParallelism;

    /// <summary>Refreshes the site-wide pages and the pages of <paramref name="agencyIds"/>.</summary>
    /// <param name="listing">Versions of the site's files listed before this call, or <c>null</c> to read each page's version.</param>
    /// <param name="table">The whole reports table read after <paramref name="listing"/> was, or <c>null</c> to read it here.</param>
    public async Task<IReadOnlyList<PublishedFile>> RefreshAsync(
        IEnumerable<string> agencyIds,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, PageVersion>? listing = null,
        IReadOnlyList<IndexedReport>? table = null)
    {
        if (listing is null && table is not null)
        {
            throw new ArgumentException("A table read is only usable with the listing read before it.", nameof(table));
        }

        ArgumentNullException.ThrowIfNull(agencyIds);
        var agencies = agencyIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string[] sitePaths = [SitePaths.Home, SitePaths.Sitemap, SitePaths.Feed];
        string[] fixedPaths = [SitePaths.Stylesheet, SitePaths.NotFound];
        string[] paths = [.. fixedPaths, .. agencies.Select(SitePaths.AgencyPage), .. sitePaths];

        // Versions first, then the table (see the remarks).
        var versions = listing is not null
            ? paths.ToDictionary(p => p, p => ListedVersion.In(listing, p), StringComparer.Ordinal)
            : await ReadVersionsAsync(paths, cancellationToken).ConfigureAwait(false);
        var snapshot = InStableOrder(table ?? await index.ListAsync(cancellationToken).ConfigureAwait(false));
        var byAgency = snapshot.GroupBy(s => s.AgencyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ReportSummary>)[.. g], StringComparer.Ordinal);

        var outcomes = new List<PublishedFile>();
        outcomes.AddRange(await PublishAllAsync(
        [
            (SitePaths.Stylesheet, () => SiteFile.Css(SitePaths.Stylesheet, renderer.Stylesheet), _ => Task.FromResult(SiteFile.Css(SitePaths.Stylesheet, renderer.Stylesheet))),
            (SitePaths.NotFound, () => SiteFile.Html(SitePaths.NotFound, renderer.RenderNotFoundPage()), _ => Task.FromResult(SiteFile.Html(SitePaths.NotFound, renderer.RenderNotFoundPage()))),
        ], versions, cancellationToken).ConfigureAwait(false));

        // Agency pages before the pages that link to them.
        outcomes.AddRange(await PublishAllAsync(
            [.. agencies.Select(id => (SitePaths.AgencyPage(id),
                (Func<SiteFile>)(() => AgencyPage(id, byAgency.GetValueOrDefault(id) ?? [])),
                (Func<CancellationToken, Task<SiteFile>>)(async ct => AgencyPage(id, await AgencyReportsAsync(id, ct).ConfigureAwait(false)))))],
            versions, cancellationToken).ConfigureAwait(false));

        outcomes.AddRange(await PublishAllAsync(
        [
            (SitePaths.Home, () => Home(snapshot), async ct => Home(await AllReportsAsync(ct).ConfigureAwait(false))),
            (SitePaths.Sitemap, () => Sitemap(snapshot), async ct => Sitemap(await AllReportsAsync(ct).ConfigureAwait(false))),
            (SitePaths.Feed, () => Feed(snapshot), async ct => Feed(await AllReportsAsync(ct).ConfigureAwait(false))),
        ], versions, cancellationToken).ConfigureAwait(false));
        return outcomes;
    }

    private SiteFile AgencyPage(string agencyId, IReadOnlyList<ReportSummary> reports) =>
        SiteFile.Html(SitePaths.AgencyPage(agencyId), renderer.RenderAgencyPage(agencyId, reports));

    private SiteFile Home(IReadOnlyList<ReportSummary> reports) => SiteFile.Html(SitePaths.Home, renderer.RenderHomePage(reports));

    private SiteFile Sitemap(IReadOnlyList<ReportSummary> reports) => SiteFile.Sitemap(SitePaths.Sitemap, renderer.RenderSitemap(reports));

    private SiteFile Feed(IReadOnlyList<ReportSummary> reports) => SiteFile.Feed(SitePaths.Feed, renderer.RenderFeed(reports));

    /// <summary>
    /// Publishes pages in parallel: the first attempt renders from the snapshot against the version read before it;
    /// a retry (after a conflict) reads the table again through <c>fresh</c>.
    /// </summary>
    private async Task<PublishedFile[]> PublishAllAsync(
        IReadOnlyList<(string Path, Func<SiteFile> FromSnapshot, Func<CancellationToken, Task<SiteFile>> Fresh)> pages,
        Dictionary<string, ListedVersion> versions,
        CancellationToken cancellationToken)
    {
        var outcomes = new PublishedFile[pages.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pages.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (path, fromSnapshot, fresh) = pages[i];
                var first = true;
                Task<SiteFile> Render(CancellationToken token)
                {
                    if (!first)
                    {
                        return fresh(token);
                    }

                    first = false;
                    return Task.FromResult(fromSnapshot());
                }

                outcomes[i] = await publisher.PublishAsync(path, Render, versions[path], ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<Dictionary<string, ListedVersion>> ReadVersionsAsync(string[] paths, CancellationToken cancellationToken)
    {
        var versions = new ListedVersion[paths.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, paths.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => versions[i] = new ListedVersion(await publisher.GetVersionAsync(paths[i], ct).ConfigureAwait(false))).ConfigureAwait(false);
        return paths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => versions[x.i], StringComparer.Ordinal);
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
