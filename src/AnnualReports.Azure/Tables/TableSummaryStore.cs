using AnnualReports.Publishing.Ports;
using Azure;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// The summaries table: one entity per summary row, its JSON in the <see cref="DataProperty"/> string. Writes are
/// conditional on the ETag (insert when none), so concurrent instances converge instead of overwriting each other.
/// </summary>
/// <remarks>
/// A string property holds at most 32K UTF-16 characters (64 KiB). A longer row (a region's totals over many years)
/// continues in <c>Data1</c>, <c>Data2</c> … up to <see cref="MaxParts"/> properties, within the 1 MiB an entity may
/// hold; reading joins them. A row of one part is stored exactly as before.
/// </remarks>
public sealed class TableSummaryStore(TableClient table) : ISummaryStore
{
    public const string DataProperty = "Data";

    /// <summary>Characters per property: the service's limit of 32,768 UTF-16 characters, less a margin.</summary>
    public const int PartLength = 32_000;

    /// <summary>Properties a row may take (15 × 64 KB stays under the entity's 1 MiB).</summary>
    public const int MaxParts = 15;

    private static readonly string[] Columns =
        ["PartitionKey", "RowKey", DataProperty, .. Enumerable.Range(1, MaxParts - 1).Select(Part)];

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

    public Task<WriteResult> WriteAsync(string partition, string rowKey, string json, string? expectedETag, CancellationToken cancellationToken) =>
        table.AddOrReplaceAsync(ToEntity(partition, rowKey, json), expectedETag, cancellationToken);

    public async Task UpsertAsync(string partition, string rowKey, string json, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(ToEntity(partition, rowKey, json), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

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

    private static TableEntity ToEntity(string partition, string rowKey, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > PartLength * MaxParts)
        {
            throw new InvalidOperationException($"Summary row {partition}/{rowKey} has {json.Length} characters, more than an entity holds.");
        }

        var entity = new TableEntity(partition, rowKey) { [DataProperty] = json[..Math.Min(json.Length, PartLength)] };
        for (var part = 1; part * PartLength < json.Length; part++)
        {
            entity[Part(part)] = json[(part * PartLength)..Math.Min(json.Length, (part + 1) * PartLength)];
        }

        return entity;
    }

    private static SummaryRow ToRow(TableEntity e)
    {
        var json = e.GetString(DataProperty) ?? "";
        for (var part = 1; part < MaxParts && e.GetString(Part(part)) is { } more; part++)
        {
            json += more;
        }

        return new(e.RowKey, json, e.ETag.ToString());
    }

    private static string Part(int number) => DataProperty + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
