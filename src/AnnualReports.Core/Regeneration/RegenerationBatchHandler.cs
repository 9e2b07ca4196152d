using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regeneration.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Regeneration;

/// <summary>
/// Regenerates one queued batch, agency by agency, through the same path as a synchronous agency regeneration
/// (its reports, its page and its region chain), records the batch's outcome, and, when it is the run's last
/// batch, refreshes every listing page of the site once.
/// </summary>
/// <remarks>
/// A storage error escapes, so the queue delivers the batch again (up to the trigger's <c>maxDequeueCount</c>);
/// a batch recorded again replaces its outcome. A batch that never succeeds reaches the poison queue, where
/// <see cref="RecordPoisonedAsync"/> counts its reports failed, so the run still completes.
/// </remarks>
public sealed partial class RegenerationBatchHandler(
    SiteRegenerator regenerator,
    IReportIndex index,
    IndexPagePublisher indexPages,
    IRegenerationRuns runs,
    OpenData.SiteDataPublisher openData,
    OpenData.RegionDataPublisher regionData,
    TimeProvider time,
    ILogger<RegenerationBatchHandler> logger)
{
    public async Task<BatchOutcome> HandleAsync(RegenerationBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var done = 0;
        var failures = new List<RegenerationFailure>();
        foreach (var agency in batch.Agencies)
        {
            var summary = await regenerator.RegenerateAsync(new RegenerationScope(agency) { WithoutData = true }, cancellationToken).ConfigureAwait(false);
            if (summary.Error is not null)
            {
                // Withdrawn since the run was planned: nothing of it to render.
                continue;
            }

            failures.AddRange(summary.Failed);
            done += summary.Reports - summary.Failed.Count;
        }

        var outcome = new BatchOutcome(done, failures.Count, failures, time.GetUtcNow());
        await RecordAsync(batch, outcome, cancellationToken).ConfigureAwait(false);
        LogBatch(logger, batch.RunId, batch.Number, done, failures.Count);
        return outcome;
    }

    /// <summary>A batch that failed every delivery: its reports count as failed, its agencies named with the reason.</summary>
    public async Task<BatchOutcome> RecordPoisonedAsync(RegenerationBatch batch, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var failures = batch.Agencies.Select(a => new RegenerationFailure(SitePaths.AgencyUrl(a), reason)).ToList();
        var outcome = new BatchOutcome(0, batch.Reports, failures, time.GetUtcNow());
        await RecordAsync(batch, outcome, cancellationToken).ConfigureAwait(false);
        LogPoisoned(logger, batch.RunId, batch.Number, batch.Reports, reason);
        return outcome;
    }

    private async Task RecordAsync(RegenerationBatch batch, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        await runs.RecordBatchAsync(batch.RunId, batch.Number, outcome, cancellationToken).ConfigureAwait(false);
        if (!await runs.TryClaimFinishAsync(batch.RunId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            // A region run's pages were refreshed with each of its agencies; the whole site's listing pages all at once.
            // The open data files once at the end: the whole site's, or the files of the regions the run covered.
            var entries = await index.ListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Region is null)
            {
                await indexPages.RefreshAllAsync(entries, null, cancellationToken).ConfigureAwait(false);
                await openData.PublishAllAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (var code in entries.Select(e => e.Summary.RegionCode).Distinct(StringComparer.Ordinal)
                    .Where(c => Regions.Divisions.Embedded.Contains(c) && Regions.Divisions.Embedded.Chain(c).Any(d => d.Code == batch.Region))
                    .Order(StringComparer.Ordinal))
                {
                    await regionData.RefreshAsync(code, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            // The redelivered batch claims the finish again.
            await runs.ReleaseFinishAsync(batch.RunId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await runs.MarkFinishedAsync(batch.RunId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogFinished(logger, batch.RunId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Regeneration {RunId} batch {Batch}: {Done} reports done, {Failed} failed")]
    private static partial void LogBatch(ILogger logger, string runId, int batch, int done, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Regeneration {RunId} batch {Batch} poisoned: {Reports} reports failed ({Reason})")]
    private static partial void LogPoisoned(ILogger logger, string runId, int batch, int reports, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regeneration {RunId} finished: listing pages refreshed")]
    private static partial void LogFinished(ILogger logger, string runId);
}
