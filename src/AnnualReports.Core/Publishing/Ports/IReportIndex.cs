namespace AnnualReports.Publishing.Ports;

/// <summary>The reports table: one entry per agency and year. Index pages, the sitemap and the feed are built from it.</summary>
public interface IReportIndex
{
    Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the entry when <paramref name="expectedETag"/> is <c>null</c>, else replaces the entry only if it still has
    /// that ETag.
    /// </summary>
    Task<WriteResult> SaveAsync(IndexedReport entry, string? expectedETag, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken);
}
