using AnnualReports.Azure.Queues;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>
/// One batch of a queued whole-site run, on whichever instance the platform gives it. A failure throws, so the host
/// delivers it again, up to <c>maxDequeueCount</c> (host.json) before moving it to <c>regenerate-poison</c>.
/// </summary>
public sealed class RegenerateBatchFunction(BatchMessageHandler handler)
{
    [Function("RegenerateBatch")]
    public Task Run(
        [QueueTrigger(RegenerationQueues.DefaultName, Connection = "ReportsStorage")] string message,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
