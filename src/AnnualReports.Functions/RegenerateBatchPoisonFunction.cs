using AnnualReports.Azure.Queues;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>A batch that failed every delivery: its reports count failed in its run's status, so the run still completes.</summary>
public sealed class RegenerateBatchPoisonFunction(BatchMessageHandler handler)
{
    [Function("RegenerateBatchPoison")]
    public Task Run(
        [QueueTrigger(RegenerationQueues.DefaultName + "-poison", Connection = "ReportsStorage")] string message,
        CancellationToken cancellationToken) =>
        handler.HandlePoisonAsync(message, BatchMessageHandler.MaxDequeueCount, cancellationToken);
}
