using AnnualReports.Publishing.Ports;
using AnnualReports.Trends;

namespace AnnualReports.Publishing;

/// <summary>
/// The figures of an agency's previous-year report, for a report page's year-on-year comparison: from the reports
/// table entry's summary (one small read), or, for an entry saved before figures were kept, from its canonical data.
/// </summary>
public sealed class PreviousYearFiguresReader(IReportIndex index, CanonicalReader canonical)
{
    private readonly PreviousYearReports _reports = new(canonical);

    /// <summary>The figures of <paramref name="agencyId"/>'s report for <c>year - 1</c>, or <c>null</c> when it is not published.</summary>
    public async Task<PreviousYearFigures?> ReadAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        var entry = await index.GetAsync(agencyId, year - 1, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : FromSummary(entry.Summary) ?? await FromDataAsync(agencyId, year, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The figures as the summary keeps them, or <c>null</c> for a summary saved without them.</summary>
    public static PreviousYearFigures? FromSummary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Figures is { } figures ? new PreviousYearFigures(summary.Year, summary.Layout, figures, summary.ContentHash) : null;
    }

    /// <summary>The figures computed from the stored data of <c>year - 1</c>.</summary>
    public async Task<PreviousYearFigures?> FromDataAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        await _reports.LoadWithHashAsync(agencyId, year, cancellationToken).ConfigureAwait(false) is { } loaded
            ? PreviousYearFigures.From(loaded.Report, loaded.ContentHash)
            : null;
}
