using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.OpenData.Ports;
using AnnualReports.Rendering;

namespace AnnualReports.OpenData;

/// <summary>
/// The data files of one region (<see cref="DataPaths.RegionCsv"/>): the reports of the agencies listed directly
/// under it, read from the region's summaries partition (its agency rows) and those agencies' table partitions. An
/// upload rewrites only its agency's region's files, and their size is bounded by the region's own agencies, never
/// by the site; the files of the regions above are not touched (they list their own agencies only).
/// </summary>
public sealed class RegionDataPublisher(
    IReportIndex index, ISummaryStore summaries, CanonicalRows rows, DataFilePublisher files, SiteOptions options, IScratchStreams scratch)
{
    /// <summary>Refreshes the files of every region the agency's reports are listed in (a moved agency: old and new).</summary>
    public async Task<IReadOnlyList<PublishedFile>> RefreshAgencyAsync(string agencyId, CancellationToken cancellationToken)
    {
        var entries = await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<PublishedFile>();
        foreach (var code in entries.Select(e => e.Summary.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            outcomes.AddRange(await RefreshAsync(code, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <param name="listing">Versions of the site's files read before the data, or <c>null</c> to read them.</param>
    public async Task<IReadOnlyList<PublishedFile>> RefreshAsync(
        string code, CancellationToken cancellationToken, IReadOnlyDictionary<string, PageVersion>? listing = null)
    {
        var (published, _) = await files.PublishAsync(
            DataPaths.RegionCsv(code),
            DataPaths.RegionJson(code),
            (builtAt, ct) => DataFiles.BuildAsync(RowsAsync(code, ct), scratch.Create, builtAt, options.DataLicence, ct),
            cancellationToken,
            listing).ConfigureAwait(false);
        return published;
    }

    private async IAsyncEnumerable<ReportRow> RowsAsync(string code, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listed = await summaries.ListAsync(code, cancellationToken).ConfigureAwait(false);
        foreach (var agencyId in listed.Where(r => SummaryRows.IsAgency(r.RowKey)).Select(r => r.RowKey[2..]).Order(StringComparer.Ordinal))
        {
            await foreach (var row in rows.StreamAsync(agencyId, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
