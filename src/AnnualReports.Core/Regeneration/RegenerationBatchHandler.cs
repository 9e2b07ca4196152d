using System.Collections.Concurrent;
using AnnualReports.Publishing;
using AnnualReports.Regeneration.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Regeneration;

/// <summary>
/// Regenerates one queued batch and records its outcome: its agencies' reports, pages and summary rows, four agencies
/// at a time, and the regions they are listed in. The run's last batch then renders those regions' pages and every
/// region above them once, bottom-up (<see cref="IndexPagePublisher.RefreshRegionsAsync"/>), and the open data files
/// (the whole site's, or a region run's regions').
/// </summary>
/// <remarks>
/// A storage error escapes, so the queue delivers the batch again (up to the trigger's <c>maxDequeueCount</c>);
/// a batch recorded again replaces its outcome. A batch that never succeeds reaches the poison queue, where
/// <see cref="RecordPoisonedAsync"/> counts its reports failed, so the run still completes.
/// </remarks>
public sealed partial class RegenerationBatchHandler(
    SiteRegenerator regenerator,
    IndexPagePublisher indexPages,
    IRegenerationRuns runs,
    OpenData.SiteDataPublisher openData,
    OpenData.RegionDataPublisher regionData,
    TimeProvider time,
    ILogger<RegenerationBatchHandler> logger)
{
    /// <summary>Agencies of a whole-site batch regenerated at once (each renders its reports in parallel too).</summary>
    public int AgencyParallelism { get; init; } = 4;

    public async Task<BatchOutcome> HandleAsync(RegenerationBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var summaries = new RegenerationSummary[batch.Agencies.Count];
        var regions = new ConcurrentBag<string>();

        // Reports, agency page and the agency's summary rows here; region pages and open data once, when the run finishes.
        var options = new ParallelOptions { MaxDegreeOfParallelism = AgencyParallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, batch.Agencies.Count, options, async (i, ct) =>
        {
            summaries[i] = await regenerator.RegenerateReportsAsync(batch.Agencies[i], ct).ConfigureAwait(false);
            foreach (var code in (await indexPages.RefreshAgencyListingAsync(batch.Agencies[i], everyFeedRow: false, ct).ConfigureAwait(false)).Regions)
            {
                regions.Add(code);
            }
        }).ConfigureAwait(false);

        // An agency withdrawn since the run was planned has nothing to render (its summary has an error).
        var rendered = summaries.Where(s => s.Error is null).ToList();
        var failures = rendered.SelectMany(s => s.Failed).ToList();
        var done = rendered.Sum(s => s.Reports - s.Failed.Count);
        var outcome = new BatchOutcome(done, failures.Count, failures, time.GetUtcNow(), [.. regions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
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
            // The pages of the regions the batches named and of every region above them, once, from the summaries the
            // batches settled. Then the open data: the whole site's files, or those of the regions the run covered.
            var regions = await runs.ListRegionsAsync(batch.RunId, cancellationToken).ConfigureAwait(false);
            await indexPages.RefreshRegionsAsync(regions, cancellationToken).ConfigureAwait(false);
            if (batch.Region is null)
            {
                await openData.PublishAllAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (var code in regions)
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
