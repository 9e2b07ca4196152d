using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;
using Azure;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// Runs in a table, one partition per run: a <c>run</c> row (total, batches, started, finished), one <c>batch-NNNNNN</c>
/// row per recorded batch (its counts, failures and regions), written by its consumer alone (no contention), and a <c>finish</c> row claimed by insert.
/// The status sums the batch rows.
/// </summary>
public sealed class TableRegenerationRuns(TableClient table) : IRegenerationRuns
{
    private const string RunRow = "run";
    private const string FinishRow = "finish";
    private const string BatchPrefix = "batch-";

    /// <summary>Failures kept per batch row, under the Table service's 64 KiB string limit.</summary>
    private const int MaxFailuresPerBatch = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task CreateAsync(string runId, int total, int batches, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(runId, RunRow) { ["Total"] = total, ["Batches"] = batches, ["Started"] = started };
        await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordBatchAsync(string runId, int batch, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var entity = new TableEntity(runId, BatchRow(batch))
        {
            ["Done"] = outcome.Done,
            ["Failed"] = outcome.Failed,
            ["At"] = outcome.At,
            ["Failures"] = JsonSerializer.Serialize(outcome.Failures.Take(MaxFailuresPerBatch), Json),
            ["Regions"] = JsonSerializer.Serialize(outcome.Regions ?? [], Json),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryClaimFinishAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await GetRunRowAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null || run.ContainsKey("Finished"))
        {
            return false;
        }

        var recorded = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == runId && e.RowKey.CompareTo(BatchPrefix) >= 0 && e.RowKey.CompareTo("batch.") < 0,
            select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            recorded++;
        }

        if (recorded < run.GetInt32("Batches"))
        {
            return false;
        }

        try
        {
            await table.AddEntityAsync(new TableEntity(runId, FinishRow), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseFinishAsync(string runId, CancellationToken cancellationToken) =>
        await table.DeleteEntityAsync(runId, FinishRow, ETag.All, cancellationToken).ConfigureAwait(false);

    public async Task MarkFinishedAsync(string runId, DateTimeOffset finished, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(runId, RunRow) { ["Finished"] = finished };
        await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListRegionsAsync(string runId, CancellationToken cancellationToken)
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == runId && e.RowKey.CompareTo(BatchPrefix) >= 0 && e.RowKey.CompareTo("batch.") < 0,
            select: ["Regions"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            regions.UnionWith(JsonSerializer.Deserialize<string[]>(row.GetString("Regions") ?? "[]", Json) ?? []);
        }

        return [.. regions];
    }

    public async Task<RegenerationRun?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        TableEntity? run = null;
        int done = 0, failed = 0;
        var failures = new List<RegenerationFailure>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == runId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == RunRow)
            {
                run = row;
            }
            else if (row.RowKey.StartsWith(BatchPrefix, StringComparison.Ordinal))
            {
                done += row.GetInt32("Done") ?? 0;
                failed += row.GetInt32("Failed") ?? 0;
                failures.AddRange(JsonSerializer.Deserialize<RegenerationFailure[]>(row.GetString("Failures") ?? "[]", Json) ?? []);
            }
        }

        return run is null
            ? null
            : new RegenerationRun(
                runId,
                run.GetInt32("Total") ?? 0,
                run.GetInt32("Batches") ?? 0,
                done,
                failed,
                run.GetDateTimeOffset("Started") ?? default,
                run.GetDateTimeOffset("Finished"),
                [.. failures.OrderBy(f => f.Report, StringComparer.Ordinal)]);
    }

    private async Task<TableEntity?> GetRunRowAsync(string runId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(runId, RunRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static string BatchRow(int batch) => BatchPrefix + batch.ToString("D6", CultureInfo.InvariantCulture);
}
