using System.Globalization;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.TestKit.Fakes;

/// <summary>The summaries table in memory, with ETag checks like the Table service, counting the rows it reads.</summary>
public sealed class InMemorySummaryStore : ISummaryStore
{
    private readonly SortedDictionary<(string Partition, string RowKey), SummaryRow> _rows = new(Comparer<(string, string)>.Create(
        (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var p and not 0 ? p : string.CompareOrdinal(a.Item2, b.Item2)));

    private readonly Lock _gate = new();
    private int _etag;

    /// <summary>Rows read by every call so far.</summary>
    public int RowsRead { get; private set; }

    public Task<IReadOnlyList<SummaryRow>> ListAsync(string partition, CancellationToken cancellationToken) =>
        ListFirstAsync(partition, int.MaxValue, cancellationToken);

    public Task<IReadOnlyList<SummaryRow>> ListFirstAsync(string partition, int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SummaryRow> rows = [.. _rows.Where(r => r.Key.Partition == partition).Select(r => r.Value).Take(count)];
            RowsRead += rows.Count;
            return Task.FromResult(rows);
        }
    }

    public Task<SummaryRow?> GetAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            RowsRead++;
            return Task.FromResult(_rows.GetValueOrDefault((partition, rowKey)));
        }
    }

    public Task<WriteResult> WriteAsync(string partition, string rowKey, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.GetValueOrDefault((partition, rowKey))?.ETag != expectedETag)
            {
                return Task.FromResult(WriteResult.Conflict);
            }

            _rows[(partition, rowKey)] = new SummaryRow(rowKey, json, (++_etag).ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(WriteResult.Written);
        }
    }

    public Task UpsertAsync(string partition, string rowKey, string json, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rows[(partition, rowKey)] = new SummaryRow(rowKey, json, (++_etag).ToString(CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        }
    }

    public Task<WriteResult> DeleteAsync(string partition, string rowKey, string expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.GetValueOrDefault((partition, rowKey)) is { } row && row.ETag != expectedETag)
            {
                return Task.FromResult(WriteResult.Conflict);
            }

            _rows.Remove((partition, rowKey));
            return Task.FromResult(WriteResult.Written);
        }
    }
}
