using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;
using Azure.Storage.Queues;

namespace AnnualReports.Azure.Queues;

/// <summary>
/// The regeneration queue: one JSON message per batch, base64-encoded as the Functions queue trigger reads it by default.
/// </summary>
public sealed class QueueRegenerationBatches(QueueClient queue) : IRegenerationBatches
{
    public async Task EnqueueAsync(IReadOnlyList<RegenerationBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        // One request per run: the queue exists before the first run of a new account, whoever provisioned it.
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (batch, ct) => await queue.SendMessageAsync(BatchMessages.Write(batch), ct).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
