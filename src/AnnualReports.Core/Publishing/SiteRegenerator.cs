using System.Collections.Concurrent;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Re-renders published reports from the canonical data saved with their table entries (after a template change,
/// say) and then the index pages. Files whose bytes did not change are not rewritten.
/// </summary>
/// <remarks>
/// The versions of the site's files are read first: for the whole site from the manifest the last whole-site run
/// saved (<see cref="ISiteManifestStore"/>), or by listing <c>$web</c> when there is none or the scope asks to
/// <see cref="RegenerationScope.Verify"/>; for one agency by listing its folder. Then the table. A report whose
/// page was rendered by this renderer from the data its entry names, beside a data file holding those bytes, is
/// current: it is neither read nor rendered. The others are rendered <see cref="Parallelism"/> at a time, their data
/// streamed from the table when there are many. A whole-site run saves the versions it ends with as the next manifest.
/// </remarks>
public sealed partial class SiteRegenerator(
    IReportIndex index,
    CanonicalReader canonical,
    SiteRenderer renderer,
    SiteFilePublisher publisher,
    ReportFilesPublisher reportFiles,
    IndexPagePublisher indexPages,
    ISiteManifestStore manifest,
    OpenData.SiteDataPublisher openData,
    OpenData.RegionDataPublisher regionData,
    ILogger<SiteRegenerator> logger)
{
    private readonly PreviousYearFiguresReader _previousYears = new(index, canonical);

    /// <summary>Storage calls in flight at once; Blob storage serves far more, and this keeps one instance's memory small.</summary>
    public const int DefaultParallelism = 16;

    /// <summary>Above this many reports to render, their data is streamed from the table instead of read one by one.</summary>
    public const int StreamThreshold = 64;

    /// <summary>How many reports are regenerated at once.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    public async Task<RegenerationSummary> RegenerateAsync(RegenerationScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Problem is { } problem)
        {
            return RegenerationSummary.Invalid(scope, problem);
        }

        var run = new Run();
        int reports;
        if (scope is { AgencyId: { } agencyId, Year: { } year })
        {
            reports = await RegenerateReportAsync(agencyId, year, run, cancellationToken).ConfigureAwait(false);
            if (reports == 0)
            {
                return RegenerationSummary.NothingPublished(scope);
            }

            run.Add(await indexPages.RefreshAsync([agencyId], cancellationToken).ConfigureAwait(false));
            run.Add(await regionData.RefreshAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false));
        }
        else
        {
            reports = await RegenerateManyAsync(scope, run, cancellationToken).ConfigureAwait(false);
            if (reports == 0 && scope.AgencyId is not null)
            {
                return RegenerationSummary.NothingPublished(scope);
            }
        }

        return Summarize(scope, reports, run);
    }

    /// <summary>
    /// The agency's report pages and data files only, for a queued whole-site run: its agency page, region chain,
    /// shards, feed and open data files are left to the run's one final refresh, instead of being rendered
    /// again for every agency.
    /// </summary>
    public async Task<RegenerationSummary> RegenerateReportsAsync(string agencyId, CancellationToken cancellationToken)
    {
        var scope = new RegenerationScope(agencyId);
        if (scope.Problem is { } problem)
        {
            return RegenerationSummary.Invalid(scope, problem);
        }

        var run = new Run();
        var reports = await RegenerateManyAsync(scope, run, cancellationToken, refreshListings: false).ConfigureAwait(false);
        return reports == 0 ? RegenerationSummary.NothingPublished(scope) : Summarize(scope, reports, run);
    }

    private RegenerationSummary Summarize(RegenerationScope scope, int reports, Run run)
    {
        var failures = run.Failed.OrderBy(f => f.Report, StringComparer.Ordinal).ToList();
        LogRegenerated(logger, scope, reports, run.Written.Count, run.Unchanged, failures.Count);
        return new RegenerationSummary(scope, reports, [.. run.Written.Order(StringComparer.Ordinal)], run.Unchanged, failures, null);
    }

    private async Task<int> RegenerateReportAsync(string agencyId, int year, Run run, CancellationToken cancellationToken)
    {
        try
        {
            if (await reportFiles.PublishCurrentAsync(agencyId, year, null, cancellationToken).ConfigureAwait(false) is not { } files)
            {
                return 0;
            }

            run.Add(files);
        }
        catch (InvalidDataException e)
        {
            run.Failed.Enqueue(new RegenerationFailure(SitePaths.ReportUrl(agencyId, year), e.Message));
        }

        return 1;
    }

    private async Task<int> RegenerateManyAsync(RegenerationScope scope, Run run, CancellationToken cancellationToken, bool refreshListings = true)
    {
        var wholeSite = scope.AgencyId is null;
        // Versions before the table (see the remarks).
        var fromManifest = wholeSite && !scope.Verify
            ? await manifest.ReadAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var versions = fromManifest ?? await publisher.ListVersionsAsync(wholeSite ? "" : scope.AgencyId + "/", cancellationToken).ConfigureAwait(false);
        var entries = scope.AgencyId is { } agencyId
            ? await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false)
            : await index.ListAsync(cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0 && !wholeSite)
        {
            return 0;
        }

        if (versions is null)
        {
            // The store cannot list: each report reads its own files' versions.
            foreach (var entry in entries)
            {
                await RegenerateReportAsync(entry.AgencyId, entry.Year, run, cancellationToken).ConfigureAwait(false);
            }

            if (refreshListings)
            {
                run.Add(scope.AgencyId is null
                    ? await indexPages.RefreshAllAsync(entries, null, cancellationToken).ConfigureAwait(false)
                    : await indexPages.RefreshAsync(entries.Select(e => e.AgencyId), cancellationToken).ConfigureAwait(false));
                await RefreshDataAsync(scope, null, run, cancellationToken).ConfigureAwait(false);
            }

            return entries.Count;
        }

        // Each page compares against the year before: the table at hand gives its figures and hash.
        var byYear = entries.ToDictionary(e => (e.AgencyId, e.Year));
        IndexedReport? PreviousOf(string agencyId, int year) => byYear.GetValueOrDefault((agencyId, year - 1));
        // An entry saved before figures (or cells) were kept is rendered (and they are saved) even when its page is current.
        var stale = entries.Where(e => !IsCurrent(e, PreviousOf(e.AgencyId, e.Year), versions) || e.Summary.Figures is null || e.Summary.Cells is null).ToList();
        Interlocked.Add(ref run.Unchanged, 2 * (entries.Count - stale.Count));
        await RenderAsync(stale, versions, scope.AgencyId, PreviousOf, run, cancellationToken).ConfigureAwait(false);
        if (!run.Filled.IsEmpty)
        {
            entries = [.. entries.Select(e => run.Filled.TryGetValue((e.AgencyId, e.Year), out var filled) ? filled : e)];
        }

        if (wholeSite)
        {
            run.Add(await indexPages.RefreshAllAsync(entries, versions, cancellationToken).ConfigureAwait(false));
        }
        else if (refreshListings)
        {
            run.Add(await indexPages.RefreshAsync([scope.AgencyId!], cancellationToken).ConfigureAwait(false));
        }

        if (refreshListings)
        {
            await RefreshDataAsync(scope, wholeSite ? versions : null, run, cancellationToken).ConfigureAwait(false);
        }

        if (wholeSite && (fromManifest is null || run.Versions.Any(v => !versions.TryGetValue(v.Key, out var before) || before != v.Value)))
        {
            var next = new Dictionary<string, PageVersion>(versions, StringComparer.Ordinal);
            foreach (var (path, version) in run.Versions)
            {
                next[path] = version;
            }

            await manifest.WriteAsync(next, cancellationToken).ConfigureAwait(false);
        }

        return entries.Count;
    }

    /// <summary>
    /// The open data files: all of them after the whole site, the agency's region's after one agency (a queued run's
    /// batches build none: its end builds them once, see <see cref="RegenerateReportsAsync"/>).
    /// </summary>
    private async Task RefreshDataAsync(
        RegenerationScope scope, IReadOnlyDictionary<string, PageVersion>? versions, Run run, CancellationToken cancellationToken)
    {
        run.Add(scope.AgencyId is { } agencyId
            ? await regionData.RefreshAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false)
            : await openData.PublishAllAsync(cancellationToken, versions).ConfigureAwait(false));
    }

    /// <summary>Renders and publishes the reports that are not current, reading their data from the table.</summary>
    private async Task RenderAsync(
        List<IndexedReport> stale,
        IReadOnlyDictionary<string, PageVersion> versions,
        string? agencyId,
        Func<string, int, IndexedReport?> previousOf,
        Run run,
        CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        if (stale.Count > StreamThreshold)
        {
            var byKey = stale.ToDictionary(e => (e.AgencyId, e.Year));
            var data = index.StreamCanonicalAsync(agencyId, cancellationToken).Where(d => byKey.ContainsKey((d.AgencyId, d.Year)));
            await Parallel.ForEachAsync(data, options, (stored, ct) => new ValueTask(PublishAsync(stored, byKey.GetValueOrDefault((stored.AgencyId, stored.Year)), previousOf(stored.AgencyId, stored.Year), versions, run, ct))).ConfigureAwait(false);
            return;
        }

        await Parallel.ForEachAsync(stale, options, async (entry, ct) =>
        {
            if (await index.ReadCanonicalAsync(entry.AgencyId, entry.Year, ct).ConfigureAwait(false) is { } stored)
            {
                await PublishAsync(stored, entry, previousOf(entry.AgencyId, entry.Year), versions, run, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <param name="entry">The report's entry as listed: when it was saved without figures, they are saved now.</param>
    /// <param name="previousEntry">The same agency's entry of the year before, or <c>null</c>: its summary's figures, or its data for an entry saved without them.</param>
    private async Task PublishAsync(
        StoredCanonical stored,
        IndexedReport? entry,
        IndexedReport? previousEntry,
        IReadOnlyDictionary<string, PageVersion> versions,
        Run run,
        CancellationToken cancellationToken)
    {
        RenderedReport rendered;
        ReadOnlyMemory<byte> content;
        try
        {
            content = await canonical.ResolveAsync(stored, cancellationToken).ConfigureAwait(false);
            var previous = previousEntry is null
                ? null
                : PreviousYearFiguresReader.FromSummary(previousEntry.Summary)
                    ?? await _previousYears.FromDataAsync(stored.AgencyId, stored.Year, cancellationToken).ConfigureAwait(false);
            rendered = RenderedReport.From(renderer, content, stored.AgencyId, stored.Year, previous);
        }
        catch (InvalidDataException e)
        {
            run.Failed.Enqueue(new RegenerationFailure(SitePaths.ReportUrl(stored.AgencyId, stored.Year), e.Message));
            return;
        }

        foreach (var file in rendered.Files)
        {
            run.Add([await publisher.PublishAsync(file, ListedVersion.In(versions, file.Path), cancellationToken).ConfigureAwait(false)]);
        }

        // Fills in the figures and cells of an entry saved before they were kept. A conflict means the entry was saved
        // again meanwhile (with both): nothing left to do.
        if (entry is not null && (entry.Summary.Figures is null || entry.Summary.Cells is null) && entry.Summary.ContentHash == stored.ContentHash
            && rendered.Figures is { } figures && rendered.Cells is { } cells)
        {
            var filled = entry with { Summary = entry.Summary with { Figures = figures, Cells = cells }, ETag = null };
            if (await index.SaveAsync(filled, content, entry.ETag, cancellationToken).ConfigureAwait(false) == WriteResult.Written)
            {
                run.Filled[(entry.AgencyId, entry.Year)] = filled;
            }
        }
    }

    /// <summary>
    /// True when the versions show the report's data file holding the bytes its entry names, and its page rendered
    /// from them (and from the previous year's entry's data) by this renderer.
    /// </summary>
    private bool IsCurrent(IndexedReport entry, IndexedReport? previous, IReadOnlyDictionary<string, PageVersion> versions) =>
        versions.TryGetValue(SitePaths.ReportData(entry.AgencyId, entry.Year), out var data)
        && data.ContentHash == entry.Summary.ContentHash
        && versions.TryGetValue(SitePaths.ReportPage(entry.AgencyId, entry.Year), out var page)
        && page.Source == ReportFiles.PageSource(renderer, entry.Summary.ContentHash, previous?.Summary.ContentHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regenerated {Scope}: {Reports} reports, {Written} files written, {Unchanged} unchanged, {Failed} failed")]
    private static partial void LogRegenerated(ILogger logger, RegenerationScope scope, int reports, int written, int unchanged, int failed);

    /// <summary>What one regeneration did so far; filled from parallel tasks.</summary>
    private sealed class Run
    {
        public int Unchanged;

        public ConcurrentQueue<string> Written { get; } = new();

        public ConcurrentQueue<RegenerationFailure> Failed { get; } = new();

        /// <summary>Entries whose figures this run saved, for the listing pages rendered after.</summary>
        public ConcurrentDictionary<(string AgencyId, int Year), IndexedReport> Filled { get; } = new();

        /// <summary>The version of every file published by this run, for the next manifest.</summary>
        public ConcurrentDictionary<string, PageVersion> Versions { get; } = new(StringComparer.Ordinal);

        public void Add(IEnumerable<PublishedFile> files)
        {
            foreach (var file in files)
            {
                Versions[file.Path] = file.Version;
                if (file.Written)
                {
                    Written.Enqueue(file.Path);
                }
                else
                {
                    Interlocked.Increment(ref Unchanged);
                }
            }
        }
    }
}
