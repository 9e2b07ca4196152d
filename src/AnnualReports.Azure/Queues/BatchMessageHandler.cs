using AnnualReports.Regeneration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Queues;

/// <summary>
/// The text of a regeneration message to the batch handler, for the Functions queue triggers and the local consumer alike.
/// A message that is not a batch is logged and dropped: retrying it could never succeed.
/// </summary>
public sealed partial class BatchMessageHandler(RegenerationBatchHandler handler, ILogger<BatchMessageHandler> logger)
{
    /// <summary>As <c>extensions.queues.maxDequeueCount</c> in host.json: deliveries before a batch goes to the poison queue.</summary>
    public const int MaxDequeueCount = 5;

    public async Task HandleAsync(string text, CancellationToken cancellationToken)
    {
        if (Read(text) is { } batch)
        {
            await handler.HandleAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A batch from the poison queue: its reports count failed in its run.</summary>
    public async Task HandlePoisonAsync(string text, int attempts, CancellationToken cancellationToken)
    {
        if (Read(text) is { } batch)
        {
            await handler.RecordPoisonedAsync(batch, PoisonReason(attempts), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The failure reason a poisoned batch's agencies show in the run's status.</summary>
    public static string PoisonReason(int attempts) =>
        $"The batch failed {attempts} times and was moved to the poison queue; regenerate its agencies one by one to see why.";

    private RegenerationBatch? Read(string text)
    {
        var batch = BatchMessages.Read(text);
        if (batch is null)
        {
            LogNotABatch(logger, text.Length > 200 ? text[..200] : text);
        }

        return batch;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A regeneration queue message is not a batch and was dropped: {Text}")]
    private static partial void LogNotABatch(ILogger logger, string text);
}
