using AnnualReports.Parsing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Re-renders published reports from their archived canonical data (after a template change, say) and then the
/// index pages. Files whose bytes did not change are not rewritten.
/// </summary>
public sealed partial class SiteRegenerator(
    IReportIndex index,
    IReportArchive archive,
    SiteRenderer renderer,
    SiteFilePublisher publisher,
    IndexPagePublisher indexPages,
    ILogger<SiteRegenerator> logger)
{
    public async Task<RegenerationSummary> RegenerateAsync(RegenerationScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Problem is { } problem)
        {
            return RegenerationSummary.Invalid(scope, problem);
        }

        var written = new List<string>();
        var unchanged = new List<string>();
        var failed = new List<RegenerationFailure>();
        var entries = await EntriesAsync(scope, cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            var reportUrl = SitePaths.ReportUrl(entry.AgencyId, entry.Year);
            if (await archive.ReadCanonicalAsync(entry.AgencyId, entry.Year, cancellationToken).ConfigureAwait(false) is not { } canonical)
            {
                failed.Add(new RegenerationFailure(reportUrl, "The archive has no canonical data file for this report."));
                continue;
            }

            var parsed = DataFileParser.Parse(canonical.Span, PreviousYearReports.ArchivedFileName);
            if (parsed.Report is not { } report)
            {
                failed.Add(new RegenerationFailure(reportUrl, $"The archived data file does not parse: {(parsed.Findings.Count > 0 ? parsed.Findings[0] : null)}"));
                continue;
            }

            foreach (var file in ReportFiles.For(renderer, report, canonical))
            {
                var result = await publisher.PublishAsync(file, cancellationToken).ConfigureAwait(false);
                (result == PublishResult.Written ? written : unchanged).Add(file.Path);
            }
        }

        var agencies = scope.AgencyId is { } agencyId ? [agencyId] : entries.Select(e => e.AgencyId);
        foreach (var page in await indexPages.RefreshAsync(agencies, cancellationToken).ConfigureAwait(false))
        {
            (page.Result == PublishResult.Written ? written : unchanged).Add(page.Path);
        }

        LogRegenerated(logger, scope, entries.Count, written.Count, unchanged.Count, failed.Count);
        return new RegenerationSummary(scope, entries.Count, written, unchanged.Count, failed, null);
    }

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
