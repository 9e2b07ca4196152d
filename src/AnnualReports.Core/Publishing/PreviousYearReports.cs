using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>Loads the published report of the year before, for the validator's cross-year rules.</summary>
public sealed class PreviousYearReports(CanonicalReader canonical)
{
    /// <summary>The agency's published report for <c>year - 1</c>, or <c>null</c> when there is none.</summary>
    public async Task<AnnualReport?> LoadAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        (await LoadWithHashAsync(agencyId, year, cancellationToken).ConfigureAwait(false))?.Report;

    /// <summary>
    /// The agency's published report for <c>year - 1</c> with the hash of its data, or <c>null</c> when there is none
    /// or its stored data does not parse.
    /// </summary>
    public async Task<(AnnualReport Report, string ContentHash)?> LoadWithHashAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        if (!AgencyIds.IsValid(agencyId))
        {
            return null;
        }

        try
        {
            return await canonical.ReadAsync(agencyId, year - 1, cancellationToken).ConfigureAwait(false) is { } data
                && DataFileParser.Parse(data.Content.Span, ArchivedFileName).Report is { } report
                && report.Metadata.Year == year - 1
                ? (report, data.ContentHash)
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
