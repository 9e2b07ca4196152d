using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>Loads the published report of the year before, for the validator's cross-year rules.</summary>
public sealed class PreviousYearReports(CanonicalReader canonical)
{
    /// <summary>The agency's published report for <c>year - 1</c>, or <c>null</c> when there is none.</summary>
    public async Task<AnnualReport?> LoadAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        if (!AgencyIds.IsValid(agencyId))
        {
            return null;
        }

        try
        {
            return await canonical.ReadAsync(agencyId, year - 1, cancellationToken).ConfigureAwait(false) is { } data
                ? DataFileParser.Parse(data.Content.Span, ArchivedFileName).Report
                : null;
        }
        catch (InvalidDataException)
        {
            // Unreadable stored data must not block this year's report; it only loses the cross-year checks.
            return null;
        }
    }

    /// <summary>The name the canonical data file is parsed under.</summary>
    public const string ArchivedFileName = "report.json";
}
