using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.OpenData;

/// <summary>The rows of published reports, read from the canonical data saved with their table entries, one report at a time.</summary>
public sealed partial class CanonicalRows(IReportIndex index, CanonicalReader canonical, ILogger<CanonicalRows> logger)
{
    /// <summary>
    /// Every report of the agency (or of the whole site for <c>null</c>), in table order, streamed: only the report
    /// being converted is in memory. A report whose data cannot be read is left out and logged.
    /// </summary>
    public async IAsyncEnumerable<ReportRow> StreamAsync(
        string? agencyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in index.StreamCanonicalAsync(agencyId, cancellationToken).ConfigureAwait(false))
        {
            ReportRow? row;
            try
            {
                var content = await canonical.ResolveAsync(stored, cancellationToken).ConfigureAwait(false);
                row = DataFileParser.Parse(content.Span, PreviousYearReports.ArchivedFileName).Report is { } report ? ReportRow.From(report) : null;
            }
            catch (InvalidDataException e)
            {
                LogUnreadable(logger, e, stored.AgencyId, stored.Year);
                continue;
            }

            if (row is null)
            {
                LogUnreadable(logger, null, stored.AgencyId, stored.Year);
                continue;
            }

            yield return row;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data of {AgencyId}/{Year} could not be read; it is left out of the open data files")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception, string agencyId, int year);
}
