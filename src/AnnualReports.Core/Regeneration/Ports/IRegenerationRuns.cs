namespace AnnualReports.Regeneration.Ports;

/// <summary>The record of queued runs: one row per run, one per recorded batch (so consumers never contend), summed on read.</summary>
public interface IRegenerationRuns
{
    Task CreateAsync(string runId, int total, int batches, DateTimeOffset started, CancellationToken cancellationToken);

    /// <summary>Records a batch's outcome; a batch recorded again (a redelivery) replaces its earlier outcome, never adds to it.</summary>
    Task RecordBatchAsync(string runId, int batch, BatchOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Claims the run's finish: true for exactly one caller, once every batch is recorded.</summary>
    Task<bool> TryClaimFinishAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Gives a claimed finish back (the refresh after it failed), so a redelivered batch can claim it.</summary>
    Task ReleaseFinishAsync(string runId, CancellationToken cancellationToken);

    Task MarkFinishedAsync(string runId, DateTimeOffset finished, CancellationToken cancellationToken);

    /// <summary>Every region the run's recorded batches named (<see cref="BatchOutcome.Regions"/>), each once.</summary>
    Task<IReadOnlyList<string>> ListRegionsAsync(string runId, CancellationToken cancellationToken);

    Task<RegenerationRun?> GetAsync(string runId, CancellationToken cancellationToken);
}
