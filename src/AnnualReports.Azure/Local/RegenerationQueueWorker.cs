using AnnualReports.Azure.Queues;
using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Stands in for the queue-triggered <c>RegenerateBatch</c> function in the local run: consumes the same queue, with the
/// same retries and poison queue (<see cref="RegenerationQueueConsumer"/>). Another local process may compete for it.
/// </summary>
public sealed partial class RegenerationQueueWorker(
    RegenerationQueues queues, RegenerationQueueConsumer consumer, ILogger<RegenerationQueueWorker> logger) : BackgroundService
{
    private static readonly TimeSpan AfterStorageError = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queues.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
                await consumer.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                // AggregateException: the SDK's retries exhausted (Azurite overloaded, say); the worker carries on.
                LogQueueFailed(logger, e);
                await Task.Delay(AfterStorageError, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The regeneration queue could not be read; trying again shortly")]
    private static partial void LogQueueFailed(ILogger logger, Exception exception);
}
