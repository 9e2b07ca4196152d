using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Bench;

/// <summary>The reports table, counting the entities its reads return.</summary>
internal sealed class CountingReportIndex(IReportIndex inner) : IReportIndex
{
    private int _read;

    public int EntitiesRead => _read;

    public void Reset() => _read = 0;

    public async Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Count(await inner.GetAsync(agencyId, year, cancellationToken).ConfigureAwait(false));

    public Task<WriteResult> SaveAsync(IndexedReport entry, ReadOnlyMemory<byte> canonicalJson, string? expectedETag, CancellationToken cancellationToken) =>
        inner.SaveAsync(entry, canonicalJson, expectedETag, cancellationToken);

    public async Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken) =>
        CountAll(await inner.ListAsync(cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken) =>
        CountAll(await inner.ListByAgencyAsync(agencyId, cancellationToken).ConfigureAwait(false));

    public async Task<StoredCanonical?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Count(await inner.ReadCanonicalAsync(agencyId, year, cancellationToken).ConfigureAwait(false));

    public async IAsyncEnumerable<ReportPlacement> StreamPlacementsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var placement in inner.StreamPlacementsAsync(cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _read);
            yield return placement;
        }
    }

    public async IAsyncEnumerable<StoredCanonical> StreamCanonicalAsync(
        string? agencyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in inner.StreamCanonicalAsync(agencyId, cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _read);
            yield return stored;
        }
    }

    private T? Count<T>(T? value)
    {
        if (value is not null)
        {
            Interlocked.Increment(ref _read);
        }

        return value;
    }

    private IReadOnlyList<T> CountAll<T>(IReadOnlyList<T> values)
    {
        Interlocked.Add(ref _read, values.Count);
        return values;
    }
}

/// <summary>The summaries table, counting the rows its reads return.</summary>
internal sealed class CountingSummaryStore(ISummaryStore inner) : ISummaryStore
{
    private int _read;

    public int RowsRead => _read;

    public void Reset() => _read = 0;

    public async Task<IReadOnlyList<SummaryRow>> ListAsync(string partition, CancellationToken cancellationToken) =>
        CountAll(await inner.ListAsync(partition, cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<SummaryRow>> ListFirstAsync(string partition, int count, CancellationToken cancellationToken) =>
        CountAll(await inner.ListFirstAsync(partition, count, cancellationToken).ConfigureAwait(false));

    public async Task<SummaryRow?> GetAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        var row = await inner.GetAsync(partition, rowKey, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            Interlocked.Increment(ref _read);
        }

        return row;
    }

    public Task UpsertAsync(string partition, string rowKey, string json, CancellationToken cancellationToken) =>
        inner.UpsertAsync(partition, rowKey, json, cancellationToken);

    public Task<WriteResult> WriteAsync(string partition, string rowKey, string json, string? expectedETag, CancellationToken cancellationToken) =>
        inner.WriteAsync(partition, rowKey, json, expectedETag, cancellationToken);

    public Task<WriteResult> DeleteAsync(string partition, string rowKey, string expectedETag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(partition, rowKey, expectedETag, cancellationToken);

    private IReadOnlyList<SummaryRow> CountAll(IReadOnlyList<SummaryRow> rows)
    {
        Interlocked.Add(ref _read, rows.Count);
        return rows;
    }
}
