using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Records that processing an upload failed for a reason other than its content, with the reason, the number of
/// failures in a row and when the sweep may try again (backoff doubling from <see cref="FirstDelay"/> up to
/// <see cref="MaxDelay"/>), so a poison upload is visible at <c>GET /api/uploads/{name}</c> and never retried in a hot loop.
/// Best effort: when storage is down the record cannot be written either, and the failure is only logged.
/// </summary>
public sealed partial class UploadFailures(IUploadLog uploadLog, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(24);

    /// <summary>The wait after the <paramref name="attempts"/>-th failure in a row.</summary>
    public static TimeSpan Backoff(int attempts) =>
        attempts >= 8 ? MaxDelay : TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks << Math.Max(0, attempts - 1)));

    public async Task RecordAsync(string uploadName, string? version, Exception failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var reason = $"{failure.GetType().Name}: {failure.Message}";
        if (reason.Length > 1000)
        {
            reason = reason[..1000];
        }

        try
        {
            var previous = await uploadLog.GetAsync(uploadName, cancellationToken).ConfigureAwait(false);
            if (version is not null && previous is not null && previous.IsDone(version))
            {
                // Another delivery of the same version finished meanwhile: its record stands.
                LogFailed(logger, uploadName, 0, reason, failure);
                return;
            }

            var attempts = previous is { Status: UploadStatus.Failed } && previous.UploadVersion == (version ?? previous.UploadVersion) ? previous.Attempts + 1 : 1;
            if (previous is not null && version is null && previous.Status != UploadStatus.Failed)
            {
                // The version could not even be read: keep the record of the version processed before.
                LogFailed(logger, uploadName, attempts, reason, failure);
                return;
            }

            var now = time.GetUtcNow();
            await uploadLog.RecordAsync(
                new UploadRecord(uploadName, version ?? previous?.UploadVersion ?? "", now, UploadStatus.Failed, previous?.AgencyId, previous?.Year,
                    null, null, 0, 0, ValueList<FindingDigest>.Empty, reason, attempts, now + Backoff(attempts)),
                cancellationToken).ConfigureAwait(false);
            LogFailed(logger, uploadName, attempts, reason, failure);
        }
#pragma warning disable CA1031 // The original failure goes on; a second one while recording it must not hide it.
        catch (Exception recordFailure) when (recordFailure is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNotRecorded(logger, uploadName, reason, recordFailure);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadName} failed ({Attempts} in a row): {Reason}")]
    private static partial void LogFailed(ILogger logger, string uploadName, int attempts, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadName} failed ({Reason}) and the failure could not be recorded either")]
    private static partial void LogNotRecorded(ILogger logger, string uploadName, string reason, Exception exception);
}
