using AnnualReports.Parsing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>Loads the published report of the year before, for the validator's cross-year rules.</summary>
public sealed class PreviousYearReports(IReportIndex index, IReportArchive archive)
{
    /// <summary>The agency's published report for <c>year - 1</c>, or <c>null</c> when the index has none.</summary>
    public async Task<AnnualReport?> LoadAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        if (!AgencyIds.IsValid(agencyId)
            || await index.GetAsync(agencyId, year - 1, cancellationToken).ConfigureAwait(false) is null
            || await archive.ReadCanonicalAsync(agencyId, year - 1, cancellationToken).ConfigureAwait(false) is not { } canonical)
        {
            return null;
        }

        return DataFileParser.Parse(canonical.Span, ArchivedFileName).Report;
    }

    /// <summary>The name the canonical data file is parsed under.</summary>
    public const string ArchivedFileName = "report.json";
}
