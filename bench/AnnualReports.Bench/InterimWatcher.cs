using System.Collections.Concurrent;
using AnnualReports.Publishing;
using Azure.Storage.Blobs;

namespace AnnualReports.Bench;

/// <summary>
/// TEMPORARY stand-in for the local run's watcher (branch <c>dev</c>): polls <c>incoming</c> and hands every new
/// upload version to <see cref="UploadProcessor"/>, one at a time. Replace with the real watcher once it is merged.
/// </summary>
internal sealed class InterimWatcher(BlobContainerClient incoming, UploadProcessor processor, TimeSpan interval) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public void Start() => _loop = Task.Run(() => LoopAsync(_stop.Token));

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await foreach (var blob in incoming.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var etag = blob.Properties.ETag?.ToString() ?? "";
                if (_seen.TryGetValue(blob.Name, out var known) && known == etag)
                {
                    continue;
                }

                _seen[blob.Name] = etag;
                await processor.ProcessAsync(blob.Name, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
