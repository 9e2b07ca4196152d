using AnnualReports.Importing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>
/// What the site knows of an agency that a Word or text upload does not say. An upload placed under
/// <c>incoming/{agency-id}/</c> belongs to that agency, and the agency's published reports give its region and kind,
/// so next year's .docx lands on the same agency page as this year's data file. An upload outside such a folder
/// joins the published agency of the same name, if there is exactly one.
/// </summary>
public sealed class UploadImportOptions(IReportIndex index)
{
    /// <summary>Options for importing <paramref name="uploadName"/>, or <c>null</c> for data files, which say all this themselves.</summary>
    public async Task<ImportOptions?> ForAsync(string uploadName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadName);
        if (!ReportImporter.Supports(uploadName))
        {
            return null;
        }

        if (AgencyFolders.Of(uploadName) is not { } folder)
        {
            var all = await index.ListAsync(cancellationToken).ConfigureAwait(false);
            return ImportOptions.Default with
            {
                KnownAgencies = [.. all.GroupBy(r => r.AgencyId, StringComparer.Ordinal).Select(g => AgencyOf(g.MaxBy(r => r.Summary.Year)!.Summary))],
            };
        }

        var published = await index.ListByAgencyAsync(folder, cancellationToken).ConfigureAwait(false);
        var latest = published.MaxBy(r => r.Summary.Year)?.Summary;
        return new ImportOptions(folder, latest?.Region, latest?.AgencyKind);
    }

    private static Agency AgencyOf(ReportSummary summary) => new(summary.AgencyId, summary.AgencyName, summary.AgencyKind, summary.Region);
}
