using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.OpenData.Ports;
using AnnualReports.Rendering;

namespace AnnualReports.OpenData;

/// <summary>
/// The data files of one region (<see cref="DataPaths.RegionCsv"/>): the reports of the agencies listed directly
/// under it, read from the region's summaries partition (its agency rows) and those agencies' table partitions. Their
/// size is bounded by the region's own agencies, never by the site; the regions above list their own agencies only.
/// An upload does not rebuild them (a county of 50 agencies × 10 years is about 6 MB of CSV and JSON): it marks its
/// agency's regions due (<see cref="MarkAgencyDueAsync"/>), and the <c>RefreshRegionData</c> timer rebuilds the
/// regions due (<see cref="RefreshDueAsync"/>), each once however many uploads it had.
/// </summary>
public sealed class RegionDataPublisher(
    IReportIndex index, ISummaryStore summaries, CanonicalRows rows, DataFilePublisher files, SiteOptions options, IScratchStreams scratch, TimeProvider time)
{
    /// <summary>The summaries partition of the regions due: one row per region code, written by uploads.</summary>
    public const string DuePartition = "open-data-due";

    /// <summary>Regions rebuilt at once by <see cref="RefreshDueAsync"/> (each streams through its own scratch files).</summary>
    public int RefreshParallelism { get; init; } = 4;

    /// <summary>
    /// Marks every region the agency's reports are listed in (a moved agency: old and new) as due. Call it after the
    /// agency's table entries are saved. Marking writes the row whatever is there, so its ETag changes: a rebuild that
    /// began before the mark cannot clear it, and the region is rebuilt again with the new data.
    /// </summary>
    public async Task<IReadOnlyList<string>> MarkAgencyDueAsync(string agencyId, CancellationToken cancellationToken)
    {
        var entries = await index.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false);
        var codes = entries.Select(e => e.Summary.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var json = $$"""{"markedAt":"{{time.GetUtcNow().UtcDateTime:O}}"}""";
        foreach (var code in codes)
        {
            await summaries.UpsertAsync(DuePartition, code, json, cancellationToken).ConfigureAwait(false);
        }

        return codes;
    }

    /// <summary>Rebuilds the files of every region due, then clears each mark that no upload renewed meanwhile.</summary>
    public async Task<IReadOnlyList<PublishedFile>> RefreshDueAsync(CancellationToken cancellationToken)
    {
        var due = await summaries.ListAsync(DuePartition, cancellationToken).ConfigureAwait(false);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<PublishedFile>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = RefreshParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, options, async (mark, ct) =>
        {
            foreach (var file in await RefreshAsync(mark.RowKey, ct).ConfigureAwait(false))
            {
                outcomes.Add(file);
            }

            await summaries.DeleteAsync(DuePartition, mark.RowKey, mark.ETag, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return [.. outcomes.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Clears the marks read before a build of every region's files (a whole-site run), unless renewed since.</summary>
    public async Task ClearDueAsync(IReadOnlyList<SummaryRow> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        foreach (var mark in marks)
        {
            await summaries.DeleteAsync(DuePartition, mark.RowKey, mark.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The regions due now, with their marks' versions.</summary>
    public Task<IReadOnlyList<SummaryRow>> ListDueAsync(CancellationToken cancellationToken) => summaries.ListAsync(DuePartition, cancellationToken);

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
