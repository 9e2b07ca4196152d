using System.Runtime.InteropServices;
using AnnualReports.Checking;
using AnnualReports.Importing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;

namespace AnnualReports.Publishing;

/// <summary>
/// Reads an upload with what the site knows of its agency that a Word or text file does not say. An upload placed
/// under <c>incoming/{agency-id}/</c> belongs to that agency, and the agency's published reports give its region and
/// kind, so next year's .docx lands on the same agency page as this year's data file. An upload outside such a folder
/// joins the published agency of the same name, if there is exactly one: the file is read once to find the name,
/// the name's row in the summaries table (<see cref="AgencyNames"/>) says which agencies carry it, and the file is
/// read again with that agency. Nothing reads the whole reports table, whatever the size of the site.
/// </summary>
public sealed class UploadImportOptions(IReportIndex index, ISummaryStore summaries)
{
    public async Task<ReadResult> ReadAsync(ReadOnlyMemory<byte> content, string uploadName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadName);
        var bytes = MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();
        if (!ReportImporter.Supports(uploadName))
        {
            // Data files say all this themselves.
            return ReportReader.Read(bytes, uploadName);
        }

        if (AgencyFolders.Of(uploadName) is { } folder)
        {
            var published = await index.ListByAgencyAsync(folder, cancellationToken).ConfigureAwait(false);
            var latest = published.MaxBy(r => r.Summary.Year)?.Summary;
            return ReportReader.Read(bytes, uploadName, new ImportOptions(folder, latest?.Region, latest?.AgencyKind));
        }

        var first = ReportReader.Read(bytes, uploadName, ImportOptions.Default);
        if (first.Report?.Metadata.Agency.Name is not { Length: > 0 } name)
        {
            return first;
        }

        var named = await summaries.ListAsync(AgencyNames.Partition(name), cancellationToken).ConfigureAwait(false);
        return named is [var only]
            ? ReportReader.Read(bytes, uploadName, ImportOptions.Default with { KnownAgencies = [AgencyNames.Read(only.Json)] })
            : first;
    }
}
