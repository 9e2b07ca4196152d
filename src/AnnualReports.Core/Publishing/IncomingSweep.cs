using AnnualReports.Publishing.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Reconciliation: finds the uploads whose current version has no record (its event never arrived, or was dropped
/// after Event Grid's retries) or whose failure's backoff is over, and processes them. Reads only the listing and
/// the records otherwise, so a sweep over a site where nothing is missing writes nothing.
/// </summary>
public sealed partial class IncomingSweep(IUploadStore uploads, IUploadLog uploadLog, UploadProcessor processor, TimeProvider time, ILogger<IncomingSweep> logger)
{
    public async Task<SweepSummary> SweepAsync(CancellationToken cancellationToken)
    {
        var (seen, processed, waiting, failed) = (0, 0, 0, 0);
        await foreach (var upload in uploads.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            seen++;
            var record = await uploadLog.GetAsync(upload.Name, cancellationToken).ConfigureAwait(false);
            if (record is not null && (record.IsDone(upload.Version) || record.Status == UploadStatus.UnusableName))
            {
                continue;
            }

            if (record is { Status: UploadStatus.Failed, RetryAfter: { } retryAfter } && record.IsOf(upload.Version) && retryAfter > time.GetUtcNow())
            {
                waiting++;
                continue;
            }

            try
            {
                var outcome = await processor.ProcessAsync(upload.Name, cancellationToken).ConfigureAwait(false);
                processed++;
                LogProcessed(logger, upload.Name, outcome.GetType().Name);
            }
#pragma warning disable CA1031 // The processor recorded the failure with its backoff; the sweep goes on with the next upload.
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                failed++;
            }
        }

        var summary = new SweepSummary(seen, processed, waiting, failed);
        LogSwept(logger, summary.Uploads, summary.Processed, summary.Waiting, summary.Failed);
        return summary;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep processed upload {UploadName}: {Outcome}")]
    private static partial void LogProcessed(ILogger logger, string uploadName, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep of incoming: {Uploads} uploads, {Processed} processed, {Waiting} waiting for their retry time, {Failed} failed again")]
    private static partial void LogSwept(ILogger logger, int uploads, int processed, int waiting, int failed);
}

/// <param name="Uploads">Uploads listed.</param>
/// <param name="Processed">Processed by this sweep (their version had no record, or its retry time had come).</param>
/// <param name="Waiting">Failed before and still in their backoff.</param>
/// <param name="Failed">Failed again in this sweep (recorded with a longer backoff).</param>
public sealed record SweepSummary(int Uploads, int Processed, int Waiting, int Failed);
