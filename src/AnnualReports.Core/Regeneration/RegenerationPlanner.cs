using AnnualReports.Publishing.Ports;
using AnnualReports.Regeneration.Ports;

namespace AnnualReports.Regeneration;

/// <summary>
/// Starts a whole-site regeneration that scales out: lists the published agencies, records the run with its total,
/// and queues the agencies in batches for consumers on any number of instances (<see cref="RegenerationBatchHandler"/>).
/// </summary>
public sealed class RegenerationPlanner(IReportIndex index, IRegenerationBatches batchQueue, IRegenerationRuns runs, TimeProvider time)
{
    /// <summary>Agencies per queued message: small enough to retry cheaply, large enough to keep the queue short.</summary>
    public const int DefaultBatchSize = 8;

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <param name="runId">The run's id, chosen by the caller (the core makes no random ids).</param>
    public async Task<RegenerationStarted> StartAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var entries = await index.ListAsync(cancellationToken).ConfigureAwait(false);
        var agencies = entries
            .GroupBy(e => e.AgencyId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Agency: g.Key, Reports: g.Count()))
            .ToList();
        var batches = agencies.Chunk(BatchSize)
            .Select((chunk, n) => new RegenerationBatch(runId, n, [.. chunk.Select(a => a.Agency)], chunk.Sum(a => a.Reports)))
            .ToList();

        await runs.CreateAsync(runId, entries.Count, batches.Count, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (batches.Count == 0)
        {
            await runs.MarkFinishedAsync(runId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await batchQueue.EnqueueAsync(batches, cancellationToken).ConfigureAwait(false);
        return new RegenerationStarted(runId, entries.Count, batches.Count, StatusUrl(runId));
    }

    /// <summary>Where the run's status is read.</summary>
    public static string StatusUrl(string runId) => $"/api/regenerations/{Uri.EscapeDataString(runId)}";
}
