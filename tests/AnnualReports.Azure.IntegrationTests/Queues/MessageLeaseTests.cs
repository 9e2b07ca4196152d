using AnnualReports.Azure.Queues;
using Azure.Core;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace AnnualReports.Azure.IntegrationTests.Queues;

/// <summary>A lease whose renewals cannot reach the queue ends quietly: the batch goes on, the consumer does not crash.</summary>
public class MessageLeaseTests
{
    [Fact]
    public async Task ARenewalThatCannotReachTheQueueEndsTheLeaseWithoutThrowing()
    {
        var options = new QueueClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(10), Mode = RetryMode.Fixed, NetworkTimeout = TimeSpan.FromSeconds(1) } };
        // Nothing listens on port 9 (discard) here: every renewal fails, after the SDK's retries.
        var unreachable = new QueueClient(new Uri("http://127.0.0.1:9/devstoreaccount1/regenerate"), options);
        var message = QueuesModelFactory.QueueMessage("id-1", "receipt-1", "{}", dequeueCount: 1);

        var lease = MessageLease.Hold(unreachable, message, TimeSpan.FromMilliseconds(200), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var receipt = await lease.StopAsync();

        Assert.Equal("receipt-1", receipt);
        Assert.IsType<AggregateException>(lease.Lost);
    }
}
