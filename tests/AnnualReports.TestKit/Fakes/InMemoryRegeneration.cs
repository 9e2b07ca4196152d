using System.Collections.Concurrent;
using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;

namespace AnnualReports.TestKit.Fakes;

/// <summary>Queued batches kept in memory, in the order they were sent.</summary>
public sealed class InMemoryRegenerationBatches : IRegenerationBatches
{
    public ConcurrentQueue<RegenerationBatch> Sent { get; } = new();

    public Task EnqueueAsync(IReadOnlyList<RegenerationBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        foreach (var batch in batches)
        {
            Sent.Enqueue(batch);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Runs kept in memory, with the table's rules: a batch recorded again replaces itself; one caller claims the finish.</summary>
public sealed class InMemoryRegenerationRuns : IRegenerationRuns
{
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);

    public Task CreateAsync(string runId, int total, int batches, DateTimeOffset started, CancellationToken cancellationToken)
    {
        if (!_runs.TryAdd(runId, new RunRecord(total, batches, started)))
        {
            throw new InvalidOperationException($"Run '{runId}' exists.");
        }

        return Task.CompletedTask;
    }

    public Task RecordBatchAsync(string runId, int batch, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        _runs[runId].Outcomes[batch] = outcome;
        return Task.CompletedTask;
    }

    public Task<bool> TryClaimFinishAsync(string runId, CancellationToken cancellationToken)
    {
        var run = _runs[runId];
        lock (run)
        {
            if (run.Finished is not null || run.Claimed || run.Outcomes.Count < run.Batches)
            {
                return Task.FromResult(false);
            }

            run.Claimed = true;
            return Task.FromResult(true);
        }
    }

    public Task ReleaseFinishAsync(string runId, CancellationToken cancellationToken)
    {
        var run = _runs[runId];
        lock (run)
        {
            run.Claimed = false;
        }

        return Task.CompletedTask;
    }

    public Task MarkFinishedAsync(string runId, DateTimeOffset finished, CancellationToken cancellationToken)
    {
        _runs[runId].Finished = finished;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListRegionsAsync(string runId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _runs[runId].Outcomes.Values.SelectMany(o => o.Regions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    public Task<RegenerationRun?> GetAsync(string runId, CancellationToken cancellationToken) =>
        Task.FromResult(_runs.TryGetValue(runId, out var run)
            ? new RegenerationRun(
                runId,
                run.Total,
                run.Batches,
                run.Outcomes.Values.Sum(o => o.Done),
                run.Outcomes.Values.Sum(o => o.Failed),
                run.Started,
                run.Finished,
                [.. run.Outcomes.Values.SelectMany(o => o.Failures).OrderBy(f => f.Report, StringComparer.Ordinal)])
            : null);

    private sealed class RunRecord(int total, int batches, DateTimeOffset started)
    {
        public int Total { get; } = total;

        public int Batches { get; } = batches;

        public DateTimeOffset Started { get; } = started;

        public DateTimeOffset? Finished { get; set; }

        public bool Claimed { get; set; }

        public ConcurrentDictionary<int, BatchOutcome> Outcomes { get; } = new();
    }
}
