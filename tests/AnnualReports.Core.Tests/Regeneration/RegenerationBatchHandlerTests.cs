using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Core.Tests.Regeneration;

public class RegenerationBatchHandlerTests
{
    private static readonly string[] AgencyIds = ["office-a", "office-b", "office-c"];

    [Fact]
    public async Task ARedeliveredBatchReplacesItsOutcomeAndTheRunFinishesOnceWhenEveryBatchIsRecorded()
    {
        var (pipeline, batches, runs) = await PublishedAsync();
        var planner = new RegenerationPlanner(pipeline.Stores.Index, batches, runs, TimeProvider.System) { BatchSize = 2 };
        var handler = Handler(pipeline, runs);

        var started = await planner.StartAsync("run-1", CancellationToken.None);
        var sent = batches.Sent.ToList();
        await handler.HandleAsync(sent[0], CancellationToken.None);
        await handler.HandleAsync(sent[0], CancellationToken.None);
        var halfway = await runs.GetAsync("run-1", CancellationToken.None);
        await handler.HandleAsync(sent[1], CancellationToken.None);
        var finished = await runs.GetAsync("run-1", CancellationToken.None);
        await handler.HandleAsync(sent[1], CancellationToken.None);
        var redeliveredAfterFinish = await runs.GetAsync("run-1", CancellationToken.None);

        Assert.Equal((3, 2), (started.Total, started.Batches));
        Assert.Equal(["office-a", "office-b"], sent[0].Agencies);
        Assert.Equal((2, 0, false), (halfway!.Done, halfway.Failed, halfway.Complete));
        Assert.Equal((3, 0, true), (finished!.Done, finished.Failed, finished.Complete));
        Assert.Equal(finished.Finished, redeliveredAfterFinish!.Finished);
    }

    [Fact]
    public async Task APoisonedBatchCountsItsReportsFailedAndNamesItsAgencies()
    {
        var (pipeline, batches, runs) = await PublishedAsync();
        var planner = new RegenerationPlanner(pipeline.Stores.Index, batches, runs, TimeProvider.System) { BatchSize = 2 };
        var handler = Handler(pipeline, runs);
        await planner.StartAsync("run-2", CancellationToken.None);
        var sent = batches.Sent.ToList();

        await handler.RecordPoisonedAsync(sent[0], "failed 5 times", CancellationToken.None);
        await handler.HandleAsync(sent[1], CancellationToken.None);
        var run = await runs.GetAsync("run-2", CancellationToken.None);

        Assert.Equal((3, 1, 2, true), (run!.Total, run.Done, run.Failed, run.Complete));
        Assert.Equal([SitePaths.AgencyUrl("office-a"), SitePaths.AgencyUrl("office-b")], run.Failures.Select(f => f.Report));
        Assert.All(run.Failures, f => Assert.Equal("failed 5 times", f.Reason));
    }

    private static RegenerationBatchHandler Handler(PublishingPipeline pipeline, InMemoryRegenerationRuns runs) => new(
        pipeline.Regenerator, pipeline.Stores.Index, pipeline.IndexPages, runs, pipeline.OpenData, pipeline.RegionData, TimeProvider.System,
        NullLogger<RegenerationBatchHandler>.Instance);

    private static async Task<(PublishingPipeline Pipeline, InMemoryRegenerationBatches Batches, InMemoryRegenerationRuns Runs)> PublishedAsync()
    {
        var uploads = new InMemoryUploadStore();
        var pipeline = new PublishingPipeline(
            new PublishingStores(uploads, new InMemoryUploadLog(), new InMemoryReportIndex(), new InMemoryReportArchive(), new InMemoryRejectionStore(), new InMemorySiteStore(), new InMemorySummaryStore()),
            new InMemorySiteManifestStore());
        foreach (var agency in AgencyIds)
        {
            uploads.Put($"{agency}/2021.json", SeedFiles.WeixianJsonAs(agency), DateTimeOffset.UnixEpoch);
            Assert.IsType<UploadOutcome.Accepted>(await pipeline.Processor.ProcessAsync($"{agency}/2021.json", CancellationToken.None));
        }

        return (pipeline, new InMemoryRegenerationBatches(), new InMemoryRegenerationRuns());
    }
}
