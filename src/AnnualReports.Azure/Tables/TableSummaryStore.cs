using AnnualReports.Publishing.Ports;
using Azure;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// The summaries table: one entity per summary row, its JSON in the <see cref="DataProperty"/> string. Writes are
/// conditional on the ETag (insert when none), so concurrent instances converge instead of overwriting each other.
/// </summary>
public sealed class TableSummaryStore(TableClient table) : ISummaryStore
{
    public const string DataProperty = "Data";

    private static readonly string[] Columns = ["PartitionKey", "RowKey", DataProperty];

    public async Task<IReadOnlyList<SummaryRow>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new List<SummaryRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ToRow(entity));
        }

        return rows;
    }

    public async Task<IReadOnlyList<SummaryRow>> ListFirstAsync(string partition, int count, CancellationToken cancellationToken)
    {
        var rows = new List<SummaryRow>(count);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        // Entities come back in row-key order within a partition; one page of `count` is all that is read.
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(count, 1000), select: Columns, cancellationToken: cancellationToken)
            .AsPages().ConfigureAwait(false))
        {
            rows.AddRange(page.Values.Take(count - rows.Count).Select(ToRow));
            if (rows.Count >= count)
            {
                break;
            }
        }

        return rows;
    }

    public async Task<SummaryRow?> GetAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, Columns, cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? ToRow(entity) : null;
    }

    public async Task<WriteResult> WriteAsync(string partition, string rowKey, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(partition, rowKey) { [DataProperty] = json };
        return await table.AddOrReplaceAsync(entity, expectedETag, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WriteResult> DeleteAsync(string partition, string rowKey, string expectedETag, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, rowKey, new ETag(expectedETag), cancellationToken).ConfigureAwait(false);
            return WriteResult.Written;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return WriteResult.Conflict;
        }
    }

    private static SummaryRow ToRow(TableEntity e) => new(e.RowKey, e.GetString(DataProperty) ?? "", e.ETag.ToString());
}
