using AnnualReports.OpenData;
using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Stands in for the timer-triggered <c>BuildOpenData</c> function in the local run: builds the open data files once
/// at start and then every <see cref="Interval"/>.
/// </summary>
public sealed partial class OpenDataTimer(SiteDataPublisher openData, TimeProvider time, ILogger<OpenDataTimer> logger) : BackgroundService
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await openData.PublishAllAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e)
            {
                LogBuildFailed(logger, e);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The open data files could not be built; they are built again at the next tick")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception);
}
