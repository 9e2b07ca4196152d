namespace AnnualReports.Publishing.Ports;

/// <summary>
/// Small JSON rows in partitions, with optimistic concurrency: the summaries of each region (its agencies and the
/// totals of its sub-regions), the list of sitemap shards and the feed's latest reports. A table in production.
/// </summary>
public interface ISummaryStore
{
    /// <summary>Every row of the partition, in row-key order.</summary>
    Task<IReadOnlyList<SummaryRow>> ListAsync(string partition, CancellationToken cancellationToken);

    /// <summary>The first <paramref name="count"/> rows of the partition in row-key order, without reading the rest.</summary>
    Task<IReadOnlyList<SummaryRow>> ListFirstAsync(string partition, int count, CancellationToken cancellationToken);

    Task<SummaryRow?> GetAsync(string partition, string rowKey, CancellationToken cancellationToken);

    /// <summary>Inserts the row when <paramref name="expectedETag"/> is <c>null</c>, else replaces it only if it still has that ETag.</summary>
    Task<WriteResult> WriteAsync(string partition, string rowKey, string json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Writes the row whatever is there (inserted or replaced); either way it gets a new ETag.</summary>
    Task UpsertAsync(string partition, string rowKey, string json, CancellationToken cancellationToken);

    /// <summary>Deletes the row if it still has <paramref name="expectedETag"/>; a row already gone counts as deleted.</summary>
    Task<WriteResult> DeleteAsync(string partition, string rowKey, string expectedETag, CancellationToken cancellationToken);
}

/// <param name="ETag">The row's version, for a conditional replace or delete.</param>
public sealed record SummaryRow(string RowKey, string Json, string ETag);
