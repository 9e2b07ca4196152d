using AnnualReports.Publishing;
using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Stands in for the Event Grid blob trigger where the Functions host cannot run: lists <c>incoming</c> every
/// <see cref="PollInterval"/> and hands each new blob version (name and ETag not seen yet) to the same
/// <see cref="UploadProcessor"/> the Function calls. A failing version is retried on the next polls, a few times.
/// </summary>
public sealed partial class IncomingWatcher(
    StorageClients clients,
    StorageOptions options,
    UploadProcessor processor,
    TimeProvider time,
    ILogger<IncomingWatcher> logger) : BackgroundService
{
    public const int MaxAttempts = 5;

    private readonly Dictionary<string, ETag> _processed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ETag Version, int Failures)> _failures = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _polling = new(1, 1);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Processes every blob version not processed yet, one after another, and answers their outcomes.</summary>
    public async Task<IReadOnlyList<UploadOutcome>> PollOnceAsync(CancellationToken cancellationToken)
    {
        await _polling.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcomes = new List<UploadOutcome>();
            var container = clients.Blobs.GetBlobContainerClient(options.IncomingContainer);
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (blob.Properties.ETag is not { } version || IsDone(blob.Name, version))
                {
                    continue;
                }

                if (await ProcessAsync(blob.Name, version, cancellationToken).ConfigureAwait(false) is { } outcome)
                {
                    outcomes.Add(outcome);
                }
            }

            return outcomes;
        }
        finally
        {
            _polling.Release();
        }
    }

    public override void Dispose()
    {
        _polling.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogWatching(logger, options.IncomingContainer, PollInterval.TotalMilliseconds);
        using var timer = new PeriodicTimer(PollInterval, time);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                LogListingFailed(logger, options.IncomingContainer, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private bool IsDone(string name, ETag version) =>
        (_processed.TryGetValue(name, out var processed) && processed == version)
        || (_failures.TryGetValue(name, out var failed) && failed.Version == version && failed.Failures >= MaxAttempts);

    private async Task<UploadOutcome?> ProcessAsync(string name, ETag version, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await processor.ProcessAsync(name, cancellationToken).ConfigureAwait(false);
            _processed[name] = version;
            _failures.Remove(name);
            LogProcessed(logger, name, outcome.GetType().Name);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failures = _failures.TryGetValue(name, out var failed) && failed.Version == version ? failed.Failures + 1 : 1;
            _failures[name] = (version, failures);
            LogFailed(logger, name, failures, MaxAttempts, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching container {Container} every {IntervalMs} ms for uploads")]
    private static partial void LogWatching(ILogger logger, string container, double intervalMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadName} processed: {Outcome}")]
    private static partial void LogProcessed(ILogger logger, string uploadName, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadName} failed (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogFailed(ILogger logger, string uploadName, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing container {Container} failed; trying again at the next poll")]
    private static partial void LogListingFailed(ILogger logger, string container, Exception exception);
}
