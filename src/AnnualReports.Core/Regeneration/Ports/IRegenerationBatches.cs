namespace AnnualReports.Regeneration.Ports;

/// <summary>Where a run's batches go for consumers to take, each at least once.</summary>
public interface IRegenerationBatches
{
    Task EnqueueAsync(IReadOnlyList<RegenerationBatch> batches, CancellationToken cancellationToken);
}
