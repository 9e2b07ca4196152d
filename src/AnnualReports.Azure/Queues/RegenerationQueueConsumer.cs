using AnnualReports.Regeneration;
using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Queues;

/// <summary>
/// Takes batches off the regeneration queue outside the Functions host (the local run, the benchmark, tests), as the
/// queue trigger does: a message is deleted once handled; one that fails becomes visible again after the visibility
/// timeout; after <see cref="MaxDequeueCount"/> deliveries it moves to the poison queue and its reports count failed.
/// Any number of consumers may compete for one queue.
/// </summary>
public sealed partial class RegenerationQueueConsumer(RegenerationQueues queues, BatchMessageHandler handler, ILogger<RegenerationQueueConsumer> logger)
{
    /// <summary>As <c>extensions.queues.maxDequeueCount</c> in host.json.</summary>
    public int MaxDequeueCount { get; init; } = BatchMessageHandler.MaxDequeueCount;

    /// <summary>
    /// How long a taken batch stays hidden from other consumers; renewed every half of it while the batch is handled.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When a failed batch is delivered again: as <c>extensions.queues.visibilityTimeout</c> in host.json.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Pause when the queue is empty.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await ReceiveOnceAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes one message, if any, and handles it; the number of messages taken (0 or 1).</summary>
    public async Task<int> ReceiveOnceAsync(CancellationToken cancellationToken)
    {
        var received = await queues.Work.ReceiveMessageAsync(VisibilityTimeout, cancellationToken).ConfigureAwait(false);
        if (received.Value is not { } message)
        {
            return 0;
        }

        await HandleAsync(message, cancellationToken).ConfigureAwait(false);
        return 1;
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        if (message.DequeueCount > MaxDequeueCount)
        {
            // As the Functions host does: to the poison queue, where the poison handler counts the batch failed.
            await queues.Poison.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
            await queues.Work.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            await handler.HandlePoisonAsync(text, MaxDequeueCount, cancellationToken).ConfigureAwait(false);
            return;
        }

        var lease = MessageLease.Hold(queues.Work, message, VisibilityTimeout, cancellationToken);
        Exception? failure = null;
        string popReceipt;
        try
        {
            await handler.HandleAsync(text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }
        finally
        {
            popReceipt = await lease.StopAsync().ConfigureAwait(false);
        }

        if (lease.Lost is { } lost)
        {
            LogLeaseLost(logger, lost, message.MessageId);
        }

        if (failure is not null)
        {
            // Left on the queue and delivered again after the retry delay (not the rest of the visibility timeout, as
            // the Functions host does), up to MaxDequeueCount times.
            LogBatchFailed(logger, failure, message.MessageId, message.DequeueCount);
            await ShowAgainAfterRetryDelayAsync(message.MessageId, popReceipt, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await queues.Work.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            // The lease was lost (another consumer holds the message) or the queue did not answer: the message is
            // delivered again and handled again, which is safe (a batch's work is idempotent).
            LogLeaseLost(logger, e, message.MessageId);
        }
    }

    private async Task ShowAgainAfterRetryDelayAsync(string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        try
        {
            await queues.Work.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: RetryDelay, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            // Already visible again and taken by another consumer (its receipt changed), or the queue did not answer:
            // either way the message is delivered again when its lease lapses.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regeneration message {MessageId} failed on delivery {DequeueCount}; it will be retried")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regeneration message {MessageId} was no longer leased to this consumer")]
    private static partial void LogLeaseLost(ILogger logger, Exception exception, string messageId);
}
