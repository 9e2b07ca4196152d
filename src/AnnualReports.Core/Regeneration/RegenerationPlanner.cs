using AnnualReports.Publishing.Ports;
using AnnualReports.Regeneration.Ports;
using AnnualReports.Regions;

namespace AnnualReports.Regeneration;

/// <summary>
/// Starts a whole-site regeneration that scales out: streams where the published reports are listed (three columns,
/// not the entries), records the run with its total, and queues the agencies in batches for consumers on any number
/// of instances (<see cref="RegenerationBatchHandler"/>).
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

        // Streamed: at national scale the table holds a million entries; only the agencies and their counts are kept.
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // A few thousand region codes for a million reports: each code's chain is looked at once.
        var under = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Included(string code)
        {
            if (region is null)
            {
                return true;
            }

            if (!under.TryGetValue(code, out var included))
            {
                under[code] = included = IsUnder(code, region);
            }

            return included;
        }

        var total = 0;
        await foreach (var placement in index.StreamPlacementsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Included(placement.RegionCode))
            {
                counts[placement.AgencyId] = counts.GetValueOrDefault(placement.AgencyId) + 1;
                total++;
            }
        }

        var agencies = counts.Select(c => (Agency: c.Key, Reports: c.Value)).ToList();
        var batches = agencies.Chunk(BatchSize)
            .Select((chunk, n) => new RegenerationBatch(runId, n, [.. chunk.Select(a => a.Agency)], chunk.Sum(a => a.Reports), region))
            .ToList();

        await runs.CreateAsync(runId, total, batches.Count, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (batches.Count == 0)
        {
            await runs.MarkFinishedAsync(runId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await batchQueue.EnqueueAsync(batches, cancellationToken).ConfigureAwait(false);
        return new RegenerationStarted(runId, total, batches.Count, StatusUrl(runId));
    }

    private bool IsUnder(string code, string region) =>
        Divisions.Contains(code) && Divisions.Chain(code).Any(d => d.Code == region);

    /// <summary>Where the run's status is read.</summary>
    public static string StatusUrl(string runId) => $"/api/regenerations/{Uri.EscapeDataString(runId)}";
}
