using AnnualReports.Azure;
using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions;

/// <summary>
/// Creates missing containers and tables when an instance starts, in the background so the worker answers the host
/// at once. Right after a first deployment the identity's role assignments may not have propagated yet (403): the
/// instance then waits and tries again, saying so, instead of crashing and being restarted in a loop.
/// </summary>
public sealed partial class EnsureStorageOnStart(StorageProvisioner provisioner, TimeProvider time, ILogger<EnsureStorageOnStart> logger)
    : BackgroundService
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await provisioner.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
                LogReady(logger, attempt);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 403)
            {
                LogForbidden(logger, e.ErrorCode, attempt, delay);
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or TimeoutException)
            {
                LogUnreachable(logger, e, attempt, delay);
            }

            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage containers and tables are ready (attempt {Attempt})")]
    private static partial void LogReady(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Storage refused access ({ErrorCode}) on attempt {Attempt}: the app's role assignments may still be propagating " +
        "after a first deployment (this takes up to 10 minutes); trying again in {Delay}")]
    private static partial void LogForbidden(ILogger logger, string? errorCode, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage could not be prepared on attempt {Attempt}; trying again in {Delay}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, int attempt, TimeSpan delay);
}
