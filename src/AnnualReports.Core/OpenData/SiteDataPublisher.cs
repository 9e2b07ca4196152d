using AnnualReports.OpenData.Ports;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging;

namespace AnnualReports.OpenData;

/// <summary>
/// Builds the site-wide open data: <c>data/reports.csv</c> and <c>data/reports.json</c> from the canonical data of
/// every published report, streamed from the reports table into scratch space (one report in memory at a time), then
/// the dictionary page, the manifest and the data sitemap shard, and the files of every region with agencies.
/// Run by whole-site regenerations and on a schedule; an upload never runs it (its cost grows with the site).
/// Nothing is rewritten when the data did not change.
/// </summary>
public sealed partial class SiteDataPublisher(
    IReportIndex index,
    CanonicalRows rows,
    DataFilePublisher files,
    SiteFilePublisher publisher,
    RegionDataPublisher regions,
    SiteRenderer renderer,
    IScratchStreams scratch,
    ILogger<SiteDataPublisher> logger)
{
    /// <summary>The site-wide files and the pages that describe them, without the regions' files.</summary>
    /// <param name="listing">Versions of the site's files read before the data (a whole-site run's), or <c>null</c> to read them.</param>
    public async Task<IReadOnlyList<PublishedFile>> PublishSiteAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, PageVersion>? listing = null)
    {
        ListedVersion? Listed(string path) => listing is null ? null : ListedVersion.In(listing, path);
        Task<PublishedFile> Publish(SiteFile file) => Listed(file.Path) is { } listed
            ? publisher.PublishAsync(file, listed, cancellationToken)
            : publisher.PublishAsync(file, cancellationToken);

        var licence = renderer.Options.DataLicence;
        var (published, stamp) = await files.PublishAsync(
            DataPaths.Csv,
            DataPaths.Json,
            (builtAt, ct) => DataFiles.BuildAsync(rows.StreamAsync(null, ct), scratch.Create, builtAt, licence, ct),
            cancellationToken,
            listing).ConfigureAwait(false);
        var outcomes = new List<PublishedFile>(published)
        {
            await Publish(SiteFile.Html(DataPaths.Dictionary, renderer.RenderDataDictionaryPage(DictionaryPage.Build(stamp, licence)))).ConfigureAwait(false),
            await Publish(SiteFile.Json(DataPaths.Manifest, DataManifest.Write(stamp, licence))).ConfigureAwait(false),
            await Publish(DataSitemap(stamp)).ConfigureAwait(false),
        };
        var written = outcomes.Count(f => f.Written);
        LogBuilt(logger, stamp.Rows, written);
        return outcomes;
    }

    /// <summary>Everything: the site-wide files, then the files of every region an agency is listed in.</summary>
    /// <param name="listing">Versions of the site's files read before the data (a whole-site run's), or <c>null</c> to read them.</param>
    public async Task<IReadOnlyList<PublishedFile>> PublishAllAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, PageVersion>? listing = null)
    {
        // Marks read first: an upload that marks its region after this read is rebuilt by the next timer run.
        var due = await regions.ListDueAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<PublishedFile>(await PublishSiteAsync(cancellationToken, listing).ConfigureAwait(false));
        // The regions from three streamed columns, not every entry held at once (a million at national scale).
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var placement in index.StreamPlacementsAsync(cancellationToken).ConfigureAwait(false))
        {
            codes.Add(placement.RegionCode);
        }

        foreach (var code in codes)
        {
            outcomes.AddRange(await regions.RefreshAsync(code, cancellationToken, listing).ConfigureAwait(false));
        }

        await regions.ClearDueAsync(due, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private SiteFile DataSitemap(DataStamp stamp) => SiteFile.Sitemap(
        DataPaths.Sitemap,
        renderer.RenderSitemapShard(
        [
            new SitemapUrl(DataPaths.DictionaryUrl, stamp.BuiltAt),
            new SitemapUrl("/" + DataPaths.Csv, stamp.BuiltAt),
            new SitemapUrl("/" + DataPaths.Json, stamp.BuiltAt),
        ]));

    [LoggerMessage(Level = LogLevel.Information, Message = "Open data built: {Reports} reports, {Written} files written")]
    private static partial void LogBuilt(ILogger logger, int reports, int written);
}
