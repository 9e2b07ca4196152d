using AnnualReports.Publishing.Ports;
using AnnualReports.Regeneration.Ports;
using AnnualReports.Regions;

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

    /// <summary>The divisions a region run's code is looked up in.</summary>
    public Divisions Divisions { get; init; } = Divisions.Embedded;

    /// <param name="runId">The run's id, chosen by the caller (the core makes no random ids).</param>
    public Task<RegenerationStarted> StartAsync(string runId, CancellationToken cancellationToken) =>
        StartAsync(runId, null, cancellationToken)!;

    /// <summary>A run over the agencies listed under <paramref name="region"/> (or the whole site); <c>null</c> for a region code that is not known.</summary>
    public async Task<RegenerationStarted?> StartAsync(string runId, string? region, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (region is not null && !Divisions.Contains(region))
        {
            return null;
        }

        var entries = await index.ListAsync(cancellationToken).ConfigureAwait(false);
        if (region is not null)
        {
            entries = [.. entries.Where(e => Divisions.Contains(e.Summary.RegionCode)
                && Divisions.Chain(e.Summary.RegionCode).Any(d => d.Code == region))];
        }

        var agencies = entries
            .GroupBy(e => e.AgencyId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Agency: g.Key, Reports: g.Count()))
            .ToList();
        var batches = agencies.Chunk(BatchSize)
            .Select((chunk, n) => new RegenerationBatch(runId, n, [.. chunk.Select(a => a.Agency)], chunk.Sum(a => a.Reports), region))
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
