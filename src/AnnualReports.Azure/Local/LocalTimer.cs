using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Stands in for a timer-triggered function in the local run (<c>SweepIncoming</c>, <c>BuildOpenData</c>, <c>RefreshRegionData</c>): runs its
/// work once at start and then every <see cref="Interval"/>. A storage failure is logged and the work runs again at
/// the next tick, as the deployed timer would.
/// </summary>
/// <param name="name">What the work is, for the log (e.g. "sweep of incoming").</param>
public sealed partial class LocalTimer(string name, Func<CancellationToken, Task> work, TimeProvider time, ILogger<LocalTimer> logger) : BackgroundService
{
    public required TimeSpan Interval { get; init; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await work(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                LogFailed(logger, e, name);
            }
        }
        while (await NextAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken stoppingToken)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local {Work} failed on storage; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
