using System.Collections.Concurrent;
using AnnualReports.Parsing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Re-renders published reports from their archived canonical data (after a template change, say) and then the
/// index pages. Files whose bytes did not change are not rewritten.
/// </summary>
/// <remarks>
/// Reports are regenerated <see cref="Parallelism"/> at a time. For more than one report the site's file versions
/// and the archive's data hashes are listed up front (a few calls instead of one per file), and a report whose page
/// was rendered from the archived data by this very renderer (<see cref="SiteFile.Source"/>) and whose data file
/// holds those bytes is current: it is neither read nor rendered.
/// </remarks>
public sealed partial class SiteRegenerator(
    IReportIndex index,
    IReportArchive archive,
    SiteRenderer renderer,
    SiteFilePublisher publisher,
    IndexPagePublisher indexPages,
    ILogger<SiteRegenerator> logger)
{
    /// <summary>Storage calls in flight at once; Blob storage serves far more, and this keeps one instance's memory small.</summary>
    public const int DefaultParallelism = 16;

    /// <summary>How many reports are regenerated at once.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    public async Task<RegenerationSummary> RegenerateAsync(RegenerationScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Problem is { } problem)
        {
            return RegenerationSummary.Invalid(scope, problem);
        }

        var written = new ConcurrentQueue<string>();
        var unchanged = 0;
        var failed = new ConcurrentQueue<RegenerationFailure>();
        // The whole site is listed before the table is read, so the index pages can be rendered from the same read
        // of the table (a page's version must be read before the data it is rendered from).
        var wholeSite = scope.AgencyId is null;
        var siteListing = wholeSite ? await publisher.ListVersionsAsync("", cancellationToken).ConfigureAwait(false) : null;
        var entries = await EntriesAsync(scope, cancellationToken).ConfigureAwait(false);
        var listing = wholeSite ? siteListing : entries.Count > 1
            ? await publisher.ListVersionsAsync(scope.AgencyId + "/", cancellationToken).ConfigureAwait(false)
            : null;
        var archived = listing is null ? null : await archive.ListCanonicalHashesAsync(scope.AgencyId, cancellationToken).ConfigureAwait(false);

        await Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                if (IsCurrent(entry, listing, archived))
                {
                    Interlocked.Add(ref unchanged, 2);
                    return;
                }

                var reportUrl = SitePaths.ReportUrl(entry.AgencyId, entry.Year);
                if (await archive.ReadCanonicalAsync(entry.AgencyId, entry.Year, ct).ConfigureAwait(false) is not { } canonical)
                {
                    failed.Enqueue(new RegenerationFailure(reportUrl, "The archive has no canonical data file for this report."));
                    return;
                }

                var parsed = DataFileParser.Parse(canonical.Span, PreviousYearReports.ArchivedFileName);
                if (parsed.Report is not { } report)
                {
                    failed.Enqueue(new RegenerationFailure(reportUrl, $"The archived data file does not parse: {(parsed.Findings.Count > 0 ? parsed.Findings[0] : null)}"));
                    return;
                }

                foreach (var file in ReportFiles.For(renderer, report, canonical))
                {
                    var result = listing is null
                        ? await publisher.PublishAsync(file, ct).ConfigureAwait(false)
                        : await publisher.PublishAsync(file, ListedVersion.In(listing, file.Path), ct).ConfigureAwait(false);
                    if (result == PublishResult.Written)
                    {
                        written.Enqueue(file.Path);
                    }
                    else
                    {
                        Interlocked.Increment(ref unchanged);
                    }
                }
            }).ConfigureAwait(false);

        var agencies = scope.AgencyId is { } agencyId ? [agencyId] : entries.Select(e => e.AgencyId);
        var pages = siteListing is not null
            ? await indexPages.RefreshAsync(agencies, cancellationToken, siteListing, entries).ConfigureAwait(false)
            : await indexPages.RefreshAsync(agencies, cancellationToken).ConfigureAwait(false);
        foreach (var page in pages)
        {
            if (page.Result == PublishResult.Written)
            {
                written.Enqueue(page.Path);
            }
            else
            {
                unchanged++;
            }
        }

        var failures = failed.OrderBy(f => f.Report, StringComparer.Ordinal).ToList();
        LogRegenerated(logger, scope, entries.Count, written.Count, unchanged, failures.Count);
        return new RegenerationSummary(scope, entries.Count, [.. written.Order(StringComparer.Ordinal)], unchanged, failures, null);
    }

    /// <summary>
    /// True when the listing shows the report's data file holding the archived bytes and its page rendered from them
    /// by this renderer; false when either is unknown.
    /// </summary>
    private bool IsCurrent(
        IndexedReport entry, IReadOnlyDictionary<string, PageVersion>? listing, IReadOnlyDictionary<(string AgencyId, int Year), string>? archived) =>
        listing is not null
        && archived is not null
        && archived.TryGetValue((entry.AgencyId, entry.Year), out var hash)
        && listing.TryGetValue(SitePaths.ReportData(entry.AgencyId, entry.Year), out var data)
        && data.ContentHash == hash
        && listing.TryGetValue(SitePaths.ReportPage(entry.AgencyId, entry.Year), out var page)
        && page.Source == ReportFiles.PageSource(renderer, hash);

    private async Task<IReadOnlyList<IndexedReport>> EntriesAsync(RegenerationScope scope, CancellationToken cancellationToken) =>
        scope switch
        {
            { AgencyId: { } agencyId, Year: { } year } =>
                await index.GetAsync(agencyId, year, cancellationToken).ConfigureAwait(false) is { } entry ? [entry] : [],
            { AgencyId: { } agencyId } => await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false),
            _ => await index.ListAsync(cancellationToken).ConfigureAwait(false),
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Regenerated {Scope}: {Reports} reports, {Written} files written, {Unchanged} unchanged, {Failed} failed")]
    private static partial void LogRegenerated(ILogger logger, RegenerationScope scope, int reports, int written, int unchanged, int failed);
}

/// <summary>What to regenerate: the whole site, one agency, or one report (agency and year).</summary>
public sealed record RegenerationScope(string? AgencyId = null, int? Year = null)
{
    public static RegenerationScope All { get; } = new();

    /// <summary>Why the scope cannot be regenerated, or <c>null</c>.</summary>
    public string? Problem => this switch
    {
        { AgencyId: null, Year: not null } => "A year needs an agency.",
        { AgencyId: { } id } when !AgencyIds.IsValid(id) => $"'{id}' is not a valid agency id.",
        { Year: <= 0 } => "The year must be a positive whole number.",
        _ => null,
    };

    public override string ToString() => (AgencyId, Year) switch
    {
        (null, _) => "all",
        ({ } id, null) => id,
        ({ } id, { } year) => $"{id}/{year}",
    };
}

/// <summary>The answer of a regeneration.</summary>
/// <param name="Reports">How many reports were in scope.</param>
/// <param name="Written">Paths rewritten because their bytes changed.</param>
/// <param name="Unchanged">How many files already had the right bytes.</param>
/// <param name="Error">Why nothing was done (an invalid scope), or <c>null</c>.</param>
public sealed record RegenerationSummary(
    RegenerationScope Scope,
    int Reports,
    IReadOnlyList<string> Written,
    int Unchanged,
    IReadOnlyList<RegenerationFailure> Failed,
    string? Error)
{
    public static RegenerationSummary Invalid(RegenerationScope scope, string error) => new(scope, 0, [], 0, [], error);
}

/// <param name="Report">Site URL of the report that failed.</param>
public sealed record RegenerationFailure(string Report, string Reason);
