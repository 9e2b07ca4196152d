using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace AnnualReports.Azure.Queues;

/// <summary>
/// Keeps a taken message hidden from other consumers while it is handled, as the Functions host does: the message's
/// visibility is extended by the whole timeout every half timeout, so a batch that runs longer than the timeout (the
/// end of a national run) is not delivered a second time. Every extension changes the pop receipt;
/// <see cref="StopAsync"/> returns the current one for the delete or the retry that follows.
/// </summary>
public sealed class MessageLease
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewing;
    private string _popReceipt;

    private MessageLease(QueueClient queue, QueueMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _popReceipt = message.PopReceipt;
        _timeout = timeout;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(cancellationToken);
    }

    /// <summary>
    /// Why renewing stopped early, or <c>null</c>: the message was taken or deleted meanwhile (404/400), or the queue
    /// could not be reached (the SDK's retries exhausted). The batch goes on; if the lease lapsed, another delivery
    /// handles it again, which is safe.
    /// </summary>
    public Exception? Lost { get; private set; }

    public static MessageLease Hold(QueueClient queue, QueueMessage message, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(queue, message, timeout, cancellationToken);

    /// <summary>Stops renewing, after an extension in flight has landed, and returns the message's current pop receipt.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _renewing.ConfigureAwait(false);
        }
        finally
        {
            _stop.Dispose();
        }

        return _popReceipt;
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_timeout / 2);
        try
        {
            // Only the wait is cancelled by StopAsync; an extension already sent completes, so its receipt is kept. The
            // consumer's own token (it is stopping) cancels both.
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                var updated = await _queue.UpdateMessageAsync(_messageId, _popReceipt, visibilityTimeout: _timeout, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                _popReceipt = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped, by StopAsync or because the consumer is stopping.
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            Lost = e;
        }
    }
}
