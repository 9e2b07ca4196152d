using AnnualReports.Publishing;
using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Stands in for the timer-triggered <c>SweepIncoming</c> function in the local run: runs the <see cref="IncomingSweep"/>
/// once at start and then every <see cref="Interval"/> (15 minutes, as the deployed schedule by default).
/// </summary>
public sealed partial class SweepTimer(IncomingSweep sweep, TimeProvider time, ILogger<SweepTimer> logger) : BackgroundService
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await sweep.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e)
            {
                LogSweepFailed(logger, e);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep of incoming could not list the uploads; it runs again at the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
