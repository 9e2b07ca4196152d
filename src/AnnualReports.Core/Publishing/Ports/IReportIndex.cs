namespace AnnualReports.Publishing.Ports;

/// <summary>
/// The reports table: one entry per agency and year, the single record of what is published. Index pages, the
/// sitemap and the feed are built from the entries; report pages are regenerated from the canonical data saved with
/// each entry, so the entry and its data always change together.
/// </summary>
public interface IReportIndex
{
    /// <summary>The entry (without its data), or <c>null</c> when the report is not published.</summary>
    Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the entry with its canonical data file (whose hash is <see cref="ReportSummary.ContentHash"/>): inserts
    /// it when <paramref name="expectedETag"/> is <c>null</c>, else replaces the entry only if it still has that ETag.
    /// </summary>
    Task<WriteResult> SaveAsync(IndexedReport entry, ReadOnlyMemory<byte> canonicalJson, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Every entry, without data.</summary>
    Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Where every entry is listed (agency, year, region), streamed in a few reads of a few columns: what planning a
    /// whole-site run needs, without holding the table in memory.
    /// </summary>
    IAsyncEnumerable<ReportPlacement> StreamPlacementsAsync(CancellationToken cancellationToken);

    /// <summary>The agency's entries, without data.</summary>
    Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken);

    /// <summary>The canonical data saved with the report's entry, or <c>null</c> when there is no entry.</summary>
    Task<StoredCanonical?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// The canonical data saved with every entry (of one agency, or of all when <paramref name="agencyId"/> is
    /// <c>null</c>), streamed in a few reads instead of one per report.
    /// </summary>
    IAsyncEnumerable<StoredCanonical> StreamCanonicalAsync(string? agencyId, CancellationToken cancellationToken);
}

/// <summary>The canonical data of one published report as its table entry holds it.</summary>
/// <param name="ContentHash">The hash the entry names (<see cref="ReportSummary.ContentHash"/>).</param>
/// <param name="Content">The data itself; <c>null</c> when it was too large to keep in the table and lives only in the archive.</param>
public sealed record StoredCanonical(string AgencyId, int Year, string ContentHash, ReadOnlyMemory<byte>? Content);

/// <summary>An entry's agency and year, and the division it is listed under (<see cref="ReportSummary.RegionCode"/>).</summary>
public sealed record ReportPlacement(string AgencyId, int Year, string RegionCode);
