using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Rebuilds the pages that list reports — agency pages, region pages (the nation's first page is the home page),
/// sitemap shards and their index, the feed — from the reports table and the region summaries, never by listing
/// blobs. An upload touches only what it changes: its agency's partition, the summaries of its region chain, its
/// agency page, the pages of its chain, its region's sitemap shard and the feed. Safe on many instances at once.
/// </summary>
/// <remarks>
/// Every summary row and every page is written by the same loop: read the row's or page's version, then the data
/// it is made of, stop if it is already as wanted, else write on the condition that it is still at that version,
/// and start over on a conflict. Reading the version before the data makes the last successful write include every
/// change made before it, so concurrent uploads converge. A region's totals live in its parent's partition, settled
/// from the region's own partition bottom-up, so a region page reads one partition of bounded size.
/// </remarks>
public sealed partial class IndexPagePublisher(
    IReportIndex index,
    ISummaryStore summaries,
    SiteRenderer renderer,
    SiteFilePublisher publisher,
    SiteLimits limits,
    TimeProvider time,
    ILogger<IndexPagePublisher> logger)
{
    private const int MaxAttempts = 40;
    private const int FeedSlack = 10;

    /// <summary>How many pages or regions are worked on at once in a whole-site refresh.</summary>
    public int Parallelism { get; init; } = SiteRegenerator.DefaultParallelism;

    public SiteLimits Limits => limits;

    /// <summary>Refreshes what the given agencies' reports appear on: their pages, their region chains, shards and the feed.</summary>
    public async Task<IReadOnlyList<PublishedFile>> RefreshAsync(IEnumerable<string> agencyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var outcomes = new List<PublishedFile>
        {
            await publisher.PublishAsync(Stylesheet(), cancellationToken).ConfigureAwait(false),
            await publisher.PublishAsync(NotFound(), cancellationToken).ConfigureAwait(false),
        };
        foreach (var agencyId in agencyIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            outcomes.AddRange(await RefreshAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <summary>
    /// Refreshes every listing page of the site from <paramref name="table"/> (read after <paramref name="listing"/>):
    /// settles every region summary that differs, then writes every agency page, region page, shard, the sitemap
    /// index and the feed. Brings a site published before regions existed into the new shape.
    /// </summary>
    /// <param name="listing">Versions of the site's files read before the table, or <c>null</c> to read each file's version.</param>
    public async Task<IReadOnlyList<PublishedFile>> RefreshAllAsync(
        IReadOnlyList<IndexedReport> table, IReadOnlyDictionary<string, PageVersion>? listing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        var reports = Published(table);
        var agencies = reports.GroupBy(r => r.AgencyId, StringComparer.Ordinal)
            .Select(g => AgencyListing.From(g)!)
            .ToList();

        // Summaries bottom-up: a region's totals are settled from its partition after its own rows are.
        var wanted = RegionTree.Listings(agencies, renderer.Divisions);
        foreach (var level in wanted.Values.GroupBy(l => renderer.Divisions.Find(l.Code)!.Level).OrderByDescending(g => g.Key))
        {
            await Parallel.ForEachAsync(level, options, async (region, ct) =>
                await SettleRegionAsync(region, ct).ConfigureAwait(false)).ConfigureAwait(false);
        }

        // The name directory (AgencyNames): each agency under its latest name (a site published before it gets it here).
        await Parallel.ForEachAsync(agencies, options, async (agency, ct) =>
            await SettleNameRowAsync(agency.Name, agency.AgencyId, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var outcomes = new System.Collections.Concurrent.ConcurrentBag<PublishedFile>();
        ListedVersion? Listed(string path) => listing is null ? null : ListedVersion.In(listing, path);
        async Task Publish(string path, Func<CancellationToken, Task<SiteFile>> render, CancellationToken ct) =>
            outcomes.Add(await publisher.PublishAsync(path, render, Listed(path), ct).ConfigureAwait(false));

        await Publish(SitePaths.Stylesheet, _ => Task.FromResult(Stylesheet()), cancellationToken).ConfigureAwait(false);
        await Publish(SitePaths.NotFound, _ => Task.FromResult(NotFound()), cancellationToken).ConfigureAwait(false);
        var byAgency = reports.ToLookup(r => r.AgencyId, StringComparer.Ordinal);
        await Parallel.ForEachAsync(agencies, options, async (agency, ct) =>
        {
            var first = true;
            await Publish(SitePaths.AgencyPage(agency.AgencyId), async t =>
            {
                var own = first ? [.. byAgency[agency.AgencyId]] : Published(await index.ListByAgencyAsync(agency.AgencyId, t).ConfigureAwait(false));
                first = false;
                return AgencyPage(agency.AgencyId, own);
            }, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var regions = wanted.Keys.Append(Divisions.National).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(regions, options, async (code, ct) =>
        {
            foreach (var file in await PublishRegionAsync(code, Listed, ct).ConfigureAwait(false))
            {
                outcomes.Add(file);
            }
        }).ConfigureAwait(false);

        await Publish(SitePaths.Sitemap, SitemapIndexAsync, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(IndexNewestFirst(reports).Take(limits.FeedEntries), options, async (report, ct) =>
            await EnsureFeedRowAsync(report, ct).ConfigureAwait(false)).ConfigureAwait(false);
        await Publish(SitePaths.Feed, FeedAsync, cancellationToken).ConfigureAwait(false);
        return [.. outcomes];
    }

    private async Task<List<PublishedFile>> RefreshAgencyAsync(string agencyId, CancellationToken cancellationToken)
    {
        var listing = await RefreshAgencyListingAsync(agencyId, everyFeedRow: true, cancellationToken).ConfigureAwait(false);
        var outcomes = listing.Files.ToList();
        foreach (var code in listing.Regions)
        {
            outcomes.AddRange(await RefreshChainAsync(code, cancellationToken).ConfigureAwait(false));
        }

        if (listing.Regions.Count > 0)
        {
            outcomes.Add(await publisher.PublishAsync(SitePaths.Feed, FeedAsync, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <summary>
    /// The agency's page, its rows in the partitions of the regions it is listed in, and its reports' feed rows;
    /// not the pages of its region chain, the sitemap or the feed. A queued run's batch does this for each of its
    /// agencies, and the run ends with one <see cref="RefreshRegionsAsync"/> over the regions answered.
    /// </summary>
    /// <param name="everyFeedRow">
    /// Settle the feed row of every report of the agency (an upload: a report replaced by the same content keeps its
    /// publication time, and with it its row's key, while what the row holds, its warnings, may change), or only the
    /// newest report's (a regeneration, where entries do not change: one read of the one feed partition per agency,
    /// not per report, which at a million reports is what Table storage's 2,000 entities/s per partition bounds).
    /// </param>
    public async Task<AgencyListingRefresh> RefreshAgencyListingAsync(string agencyId, bool everyFeedRow, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishedFile>();
        var agencyPage = new ListedVersion(await publisher.GetVersionAsync(SitePaths.AgencyPage(agencyId), cancellationToken).ConfigureAwait(false));
        var reports = Published(await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false));
        if (reports.Count > 0)
        {
            outcomes.Add(await publisher.PublishAsync(
                SitePaths.AgencyPage(agencyId),
                FirstFrom(AgencyPage(agencyId, reports), async ct => AgencyPage(agencyId, Published(await index.ListByAgencyAsync(agencyId, ct).ConfigureAwait(false)))),
                agencyPage,
                cancellationToken).ConfigureAwait(false));
        }

        // Where the agency is listed now, and wherever an older report placed it, so a move leaves no stale row.
        var regions = reports.Select(r => r.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // The names it published under, and the one its region rows carried (a report replaced under a new name).
        var names = new SortedSet<string>(reports.Select(r => r.AgencyName), StringComparer.Ordinal);
        foreach (var code in regions)
        {
            await SettleAgencyRowAsync(code, agencyId, cancellationToken, names).ConfigureAwait(false);
        }

        // Its row under its latest report's name, and none under a name it was listed with before.
        foreach (var name in names)
        {
            await SettleNameRowAsync(name, agencyId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var report in everyFeedRow ? reports : reports.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Year).Take(1))
        {
            await EnsureFeedRowAsync(report, cancellationToken).ConfigureAwait(false);
        }

        return new AgencyListingRefresh(outcomes, regions);
    }

    /// <summary>
    /// The pages and sitemap shards of the given regions and of every region above them, deepest level first, each
    /// region's totals settled in its parent's partition before the parent is rendered; then the sitemap index and
    /// the feed. Reads only the summaries of those regions, never the reports table: the end of a queued whole-site
    /// run, whose batches settled every agency's rows.
    /// </summary>
    public async Task<IReadOnlyList<PublishedFile>> RefreshRegionsAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var divisions = renderer.Divisions;
        var regions = codes.Where(divisions.Contains)
            .SelectMany(code => divisions.Chain(code))
            .Select(d => d.Code)
            .Append(Divisions.National)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<PublishedFile>
        {
            await publisher.PublishAsync(Stylesheet(), cancellationToken).ConfigureAwait(false),
            await publisher.PublishAsync(NotFound(), cancellationToken).ConfigureAwait(false),
        };
        foreach (var level in regions.GroupBy(code => divisions.Find(code)!.Level).OrderByDescending(g => g.Key))
        {
            await Parallel.ForEachAsync(level, options, async (code, ct) =>
            {
                foreach (var file in await PublishRegionAsync(code, _ => null, ct).ConfigureAwait(false))
                {
                    outcomes.Add(file);
                }

                if (divisions.Find(code) is { IsNational: false } division)
                {
                    await SettleChildRowAsync(division.ParentCode, code, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }

        outcomes.Add(await publisher.PublishAsync(SitePaths.Sitemap, SitemapIndexAsync, cancellationToken).ConfigureAwait(false));
        outcomes.Add(await publisher.PublishAsync(SitePaths.Feed, FeedAsync, cancellationToken).ConfigureAwait(false));
        return [.. outcomes];
    }

    /// <summary>
    /// From the region up to the nation: the region's pages and sitemap shard, then each ancestor's first page (the
    /// only one listing sub-regions) after its row for the level below is settled.
    /// </summary>
    private async Task<List<PublishedFile>> RefreshChainAsync(string code, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishedFile>();
        var chain = renderer.Divisions.Chain(code).Reverse().ToList();
        for (var i = 0; i < chain.Count; i++)
        {
            var region = chain[i].Code;
            // The versions of what this level writes first, then the region's partition once (see the remarks).
            var firstPage = new ListedVersion(await publisher.GetVersionAsync(SitePaths.RegionPage(region, 1), cancellationToken).ConfigureAwait(false));
            var withShards = i == 0 || await summaries.GetAsync(SummaryRows.SitemapPartition, region, cancellationToken).ConfigureAwait(false) is null;
            var firstShard = withShards
                ? new ListedVersion(await publisher.GetVersionAsync(SitePaths.SitemapShard(region, 1), cancellationToken).ConfigureAwait(false))
                : null;
            var parentRow = chain[i].IsNational
                ? null
                : await summaries.GetAsync(chain[i].ParentCode, SummaryRows.ChildKey(region), cancellationToken).ConfigureAwait(false);
            var current = await ReadListingAsync(region, cancellationToken).ConfigureAwait(false);

            var pages = i == 0 ? SiteRenderer.RegionPageCount(current, limits.AgenciesPerPage) : 1;
            for (var page = 1; page <= pages; page++)
            {
                var number = page;
                Func<CancellationToken, Task<SiteFile>> fresh = async ct => RegionPage(await ReadListingAsync(region, ct).ConfigureAwait(false), number);
                outcomes.Add(number == 1
                    ? await publisher.PublishAsync(SitePaths.RegionPage(region, 1), FirstFrom(RegionPage(current, 1), fresh), firstPage, cancellationToken).ConfigureAwait(false)
                    : await publisher.PublishAsync(SitePaths.RegionPage(region, number), fresh, cancellationToken).ConfigureAwait(false));
            }

            if (firstShard is not null)
            {
                outcomes.AddRange(await PublishShardsAsync(region, current, path => path == SitePaths.SitemapShard(region, 1) ? firstShard : null, cancellationToken).ConfigureAwait(false));
            }

            if (chain[i].IsNational)
            {
                break;
            }

            var totals = current.Totals();
            await SettleRowAsync(chain[i].ParentCode, SummaryRows.ChildKey(region), async ct =>
            {
                var fresh = (await ReadListingAsync(region, ct).ConfigureAwait(false)).Totals();
                return fresh.IsEmpty ? null : SummaryRows.Write(fresh);
            }, cancellationToken, (parentRow, totals.IsEmpty ? null : SummaryRows.Write(totals))).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>A render that answers <paramref name="first"/> (rendered from data read after the file's version) once, then renders afresh.</summary>
    private static Func<CancellationToken, Task<SiteFile>> FirstFrom(SiteFile first, Func<CancellationToken, Task<SiteFile>> fresh)
    {
        var used = false;
        return ct =>
        {
            if (used)
            {
                return fresh(ct);
            }

            used = true;
            return Task.FromResult(first);
        };
    }

    /// <summary>The agency's row in the region's partition made to match the agency's reports (removed when it is listed elsewhere).</summary>
    /// <param name="namesListed">Collects the name the row carried before, when given.</param>
    private Task<bool> SettleAgencyRowAsync(string code, string agencyId, CancellationToken cancellationToken, SortedSet<string>? namesListed = null) =>
        SettleRowAsync(code, SummaryRows.AgencyKey(agencyId), async (row, ct) =>
        {
            if (row is not null)
            {
                namesListed?.Add(SummaryRows.ReadAgency(row.Json).Name);
            }

            var agency = AgencyListing.From(Published(await index.ListByAgencyAsync(agencyId, ct).ConfigureAwait(false)));
            return agency is not null && agency.RegionCode == code ? SummaryRows.Write(agency) : null;
        }, cancellationToken);

    /// <summary>The agency's row under the name: present when its latest report carries that name, else removed.</summary>
    private Task<bool> SettleNameRowAsync(string name, string agencyId, CancellationToken cancellationToken) =>
        SettleRowAsync(AgencyNames.Partition(name), agencyId, async ct =>
        {
            var latest = Published(await index.ListByAgencyAsync(agencyId, ct).ConfigureAwait(false)).MaxBy(r => r.Year);
            return latest is not null && latest.AgencyName == name
                ? AgencyNames.Write(new Reports.Agency(agencyId, latest.AgencyName, latest.AgencyKind, latest.Region))
                : null;
        }, cancellationToken);

    /// <summary>The region's totals in its parent's partition made to match the region's own partition.</summary>
    private Task<bool> SettleChildRowAsync(string parent, string code, CancellationToken cancellationToken) =>
        SettleRowAsync(parent, SummaryRows.ChildKey(code), async ct =>
        {
            var totals = (await ReadListingAsync(code, ct).ConfigureAwait(false)).Totals();
            return totals.IsEmpty ? null : SummaryRows.Write(totals);
        }, cancellationToken);

    /// <summary>
    /// Reads the row, then the data; writes the wanted row (or deletes it for <c>null</c>) unless already so; retries
    /// on conflict. <paramref name="first"/>, when given, is the row and the wanted JSON read in that order before.
    /// </summary>
    private Task<bool> SettleRowAsync(
        string partition,
        string rowKey,
        Func<CancellationToken, Task<string?>> wanted,
        CancellationToken cancellationToken,
        (SummaryRow? Row, string? Json)? first = null) =>
        SettleRowAsync(partition, rowKey, (_, ct) => wanted(ct), cancellationToken, first);

    /// <summary>As above, with a wanted row that may depend on the row read (answering its JSON leaves it as it is).</summary>
    private async Task<bool> SettleRowAsync(
        string partition,
        string rowKey,
        Func<SummaryRow?, CancellationToken, Task<string?>> wanted,
        CancellationToken cancellationToken,
        (SummaryRow? Row, string? Json)? first = null)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var row = attempt == 1 && first is { } known ? known.Row : await summaries.GetAsync(partition, rowKey, cancellationToken).ConfigureAwait(false);
            var json = attempt == 1 && first is { } given ? given.Json : await wanted(row, cancellationToken).ConfigureAwait(false);
            if (json == row?.Json)
            {
                return false;
            }

            var result = json is null
                ? await summaries.DeleteAsync(partition, rowKey, row!.ETag, cancellationToken).ConfigureAwait(false)
                : await summaries.WriteAsync(partition, rowKey, json, row?.ETag, cancellationToken).ConfigureAwait(false);
            if (result == WriteResult.Written)
            {
                return true;
            }

            LogRowConflict(logger, partition, rowKey, attempt);
            await Task.Delay(ConflictBackoff.For(attempt), time, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"Summary row {partition}/{rowKey} kept changing under {MaxAttempts} attempts.");
    }

    /// <summary>In a whole-site refresh: settles the rows of one region that differ from what the table snapshot wants.</summary>
    private async Task SettleRegionAsync(RegionListing wanted, CancellationToken cancellationToken)
    {
        var rows = await summaries.ListAsync(wanted.Code, cancellationToken).ConfigureAwait(false);
        var existing = rows.ToDictionary(r => r.RowKey, r => r.Json, StringComparer.Ordinal);
        var wantedRows = wanted.Agencies.ToDictionary(a => SummaryRows.AgencyKey(a.AgencyId), SummaryRows.Write, StringComparer.Ordinal);
        foreach (var child in wanted.Children)
        {
            wantedRows[SummaryRows.ChildKey(child.Code)] = SummaryRows.Write(child);
        }

        foreach (var key in wantedRows.Keys.Union(existing.Keys).Order(StringComparer.Ordinal))
        {
            if (wantedRows.GetValueOrDefault(key) == existing.GetValueOrDefault(key))
            {
                continue;
            }

            if (SummaryRows.IsAgency(key))
            {
                await SettleAgencyRowAsync(wanted.Code, key[2..], cancellationToken).ConfigureAwait(false);
            }
            else if (SummaryRows.IsChild(key))
            {
                await SettleChildRowAsync(wanted.Code, key[2..], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every page of the region and its sitemap shards, from its partition as it is now.</summary>
    /// <param name="listed">The version of a file read before the data, or <c>null</c> to read it.</param>
    private async Task<List<PublishedFile>> PublishRegionAsync(string code, Func<string, ListedVersion?> listed, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishedFile>();
        var current = await ReadListingAsync(code, cancellationToken).ConfigureAwait(false);
        for (var page = 1; page <= SiteRenderer.RegionPageCount(current, limits.AgenciesPerPage); page++)
        {
            var number = page;
            var path = SitePaths.RegionPage(code, number);
            outcomes.Add(await publisher.PublishAsync(
                path, async t => RegionPage(await ReadListingAsync(code, t).ConfigureAwait(false), number), listed(path), cancellationToken).ConfigureAwait(false));
        }

        outcomes.AddRange(await PublishShardsAsync(code, current, listed, cancellationToken).ConfigureAwait(false));
        return outcomes;
    }

    /// <summary>The region's sitemap shards, and its row in the list of shards; the sitemap index only when that row changed.</summary>
    private async Task<List<PublishedFile>> PublishShardsAsync(
        string code, RegionListing current, Func<string, ListedVersion?> listed, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishedFile>();
        var count = ShardCount(current);
        for (var shard = 1; shard <= count; shard++)
        {
            var number = shard;
            var path = SitePaths.SitemapShard(code, number);
            Func<CancellationToken, Task<SiteFile>> fresh = async ct => Shard(code, await ReadListingAsync(code, ct).ConfigureAwait(false), number);
            var version = listed(path);
            outcomes.Add(await publisher.PublishAsync(path, version is null ? fresh : FirstFrom(Shard(code, current, number), fresh), version, cancellationToken).ConfigureAwait(false));
        }

        // The list of shards changes rarely (a region's first agency, or a shard more): the index is rewritten only then.
        var known = await summaries.GetAsync(SummaryRows.SitemapPartition, code, cancellationToken).ConfigureAwait(false);
        var changed = known?.Json != SummaryRows.WriteShardCount(count) && await SettleRowAsync(SummaryRows.SitemapPartition, code, async ct =>
            SummaryRows.WriteShardCount(ShardCount(await ReadListingAsync(code, ct).ConfigureAwait(false))), cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            outcomes.Add(await publisher.PublishAsync(SitePaths.Sitemap, SitemapIndexAsync, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <summary>
    /// The feed row of the report's publication made to match its entry now. The entry can change while its
    /// publication time stays (the same content validated again with other warnings, once last year's report is in),
    /// so the row is settled, not only inserted. Once the report is withdrawn or published again, the row is left:
    /// the feed skips it, and the newer publication settles a row of its own.
    /// </summary>
    private Task<bool> EnsureFeedRowAsync(ReportSummary report, CancellationToken cancellationToken) =>
        SettleRowAsync(SummaryRows.FeedPartition, SummaryRows.FeedKey(report.AgencyId, report.Year, report.PublishedAt), async (row, ct) =>
        {
            var entry = await index.GetAsync(report.AgencyId, report.Year, ct).ConfigureAwait(false);
            return entry is not null && entry.Summary.PublishedAt == report.PublishedAt ? SummaryRows.Write(entry.Summary) : row?.Json;
        }, cancellationToken);

    private async Task<RegionListing> ReadListingAsync(string code, CancellationToken cancellationToken) =>
        SummaryRows.ReadListing(code, await summaries.ListAsync(code, cancellationToken).ConfigureAwait(false));

    private async Task<SiteFile> SitemapIndexAsync(CancellationToken cancellationToken)
    {
        var rows = await summaries.ListAsync(SummaryRows.SitemapPartition, cancellationToken).ConfigureAwait(false);
        var paths = rows.SelectMany(r => Enumerable.Range(1, SummaryRows.ReadShardCount(r.Json)).Select(n => SitePaths.SitemapShard(r.RowKey, n)))
            .Append(OpenData.DataPaths.Sitemap);
        return SiteFile.Sitemap(SitePaths.Sitemap, renderer.RenderSitemapIndex(paths));
    }

    /// <summary>The feed from the newest rows of the feed partition; a report published again appears once, as its newest row.</summary>
    private async Task<SiteFile> FeedAsync(CancellationToken cancellationToken)
    {
        // A few rows more than the feed shows, for reports published again (their older row is skipped).
        var rows = await summaries.ListFirstAsync(SummaryRows.FeedPartition, limits.FeedEntries + FeedSlack, cancellationToken).ConfigureAwait(false);
        var reports = rows.Select(r => SummaryRows.ReadSummary(r.Json)).ToList();
        return SiteFile.Feed(SitePaths.Feed, renderer.RenderFeed(reports, limits.FeedEntries));
    }

    private int ShardCount(RegionListing listing) => Math.Max(1, (ShardUrls(listing).Count() + limits.UrlsPerSitemap - 1) / limits.UrlsPerSitemap);

    private SiteFile Shard(string code, RegionListing listing, int shard) => SiteFile.Sitemap(
        SitePaths.SitemapShard(code, shard),
        renderer.RenderSitemapShard(ShardUrls(listing).Skip((shard - 1) * limits.UrlsPerSitemap).Take(limits.UrlsPerSitemap)));

    /// <summary>The region's pages, then each own agency's page and reports, in page order.</summary>
    private IEnumerable<SitemapUrl> ShardUrls(RegionListing listing)
    {
        for (var page = 1; page <= SiteRenderer.RegionPageCount(listing, limits.AgenciesPerPage); page++)
        {
            yield return new SitemapUrl(SitePaths.RegionUrl(listing.Code, page), null);
        }

        foreach (var agency in listing.AgenciesInOrder())
        {
            yield return new SitemapUrl(SitePaths.AgencyUrl(agency.AgencyId), agency.Reports.Max(r => r.PublishedAt));
            foreach (var report in agency.Reports)
            {
                yield return new SitemapUrl(SitePaths.ReportUrl(agency.AgencyId, report.Year), report.PublishedAt);
            }
        }
    }

    private SiteFile RegionPage(RegionListing listing, int page) =>
        SiteFile.Html(SitePaths.RegionPage(listing.Code, page), renderer.RenderRegionPage(listing, page, limits.AgenciesPerPage));

    private SiteFile AgencyPage(string agencyId, IReadOnlyList<ReportSummary> reports) =>
        SiteFile.Html(SitePaths.AgencyPage(agencyId), renderer.RenderAgencyPage(agencyId, reports));

    private SiteFile Stylesheet() => SiteFile.Css(SitePaths.Stylesheet, renderer.Stylesheet);

    private SiteFile NotFound() => SiteFile.Html(SitePaths.NotFound, renderer.RenderNotFoundPage());

    private static IEnumerable<ReportSummary> IndexNewestFirst(IEnumerable<ReportSummary> reports) =>
        reports.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.AgencyId, StringComparer.Ordinal).ThenByDescending(r => r.Year);

    private static List<ReportSummary> Published(IEnumerable<IndexedReport> entries) =>
        [.. entries.Where(e => e.Status == ReportStatus.Published).Select(e => e.Summary)];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Summary row {Partition}/{RowKey} changed meanwhile; attempt {Attempt} starts over")]
    private static partial void LogRowConflict(ILogger logger, string partition, string rowKey, int attempt);
}
