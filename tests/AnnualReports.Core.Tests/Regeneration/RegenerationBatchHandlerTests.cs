using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.Regeneration;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Core.Tests.Regeneration;

public class RegenerationBatchHandlerTests
{
    private static readonly string[] AgencyIds = ["office-a", "office-b", "office-c"];

    /// <summary>One publication time for every site built here, so two sites built apart compare byte for byte.</summary>
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2022, 2, 1, 8, 0, 0, TimeSpan.Zero));

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

    [Fact]
    public async Task AQueuedWholeSiteRunWritesTheSameSiteAsAnInProcessRegeneration()
    {
        // Agencies in two provinces, three to a batch; each run renders under a changed title, so every page changes.
        var queued = await PublishedAsync(withOtherProvince: true);
        var inProcess = await PublishedAsync(withOtherProvince: true);
        var retitled = new SiteRenderer(SiteOptions.Local with { SiteTitle = "另一个标题" });
        var queuedPipeline = new PublishingPipeline(queued.Pipeline.Stores, new InMemorySiteManifestStore(), retitled, time: Clock);
        var planner = new RegenerationPlanner(queuedPipeline.Stores.Index, queued.Batches, queued.Runs, TimeProvider.System) { BatchSize = 3 };
        var handler = Handler(queuedPipeline, queued.Runs);

        await planner.StartAsync("run-3", CancellationToken.None);
        foreach (var batch in queued.Batches.Sent)
        {
            await handler.HandleAsync(batch, CancellationToken.None);
        }

        await new PublishingPipeline(inProcess.Pipeline.Stores, new InMemorySiteManifestStore(), retitled, time: Clock).Regenerator
            .RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        var run = await queued.Runs.GetAsync("run-3", CancellationToken.None);
        Assert.Equal((5, 0, true), (run!.Done, run.Failed, run.Complete));
        var expected = Files((InMemorySiteStore)inProcess.Pipeline.Stores.Site);
        var actual = Files((InMemorySiteStore)queued.Pipeline.Stores.Site);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value == actual[file.Key], $"{file.Key} differs"));
        Assert.Contains("另一个标题", actual[SitePaths.RegionPage("370000", 1)], StringComparison.Ordinal);
        Assert.Equal(["130533", "371003"], await queued.Runs.ListRegionsAsync("run-3", CancellationToken.None));
    }

    private static SortedDictionary<string, string> Files(InMemorySiteStore site) =>
        new(site.Paths.ToDictionary(p => p, p => Encoding.UTF8.GetString(site[p]!.Content.Span)), StringComparer.Ordinal);

    private static RegenerationBatchHandler Handler(PublishingPipeline pipeline, InMemoryRegenerationRuns runs) => new(
        pipeline.Regenerator, pipeline.IndexPages, runs, pipeline.OpenData, pipeline.RegionData, TimeProvider.System,
        NullLogger<RegenerationBatchHandler>.Instance);

    private static async Task<(PublishingPipeline Pipeline, InMemoryRegenerationBatches Batches, InMemoryRegenerationRuns Runs)> PublishedAsync(
        bool withOtherProvince = false)
    {
        var uploads = new InMemoryUploadStore();
        var pipeline = new PublishingPipeline(
            new PublishingStores(uploads, new InMemoryUploadLog(), new InMemoryReportIndex(), new InMemoryReportArchive(), new InMemoryRejectionStore(), new InMemorySiteStore(), new InMemorySummaryStore()),
            new InMemorySiteManifestStore(),
            time: Clock);
        foreach (var agency in AgencyIds)
        {
            uploads.Put($"{agency}/2021.json", SeedFiles.WeixianJsonAs(agency), DateTimeOffset.UnixEpoch);
            Assert.IsType<UploadOutcome.Accepted>(await pipeline.Processor.ProcessAsync($"{agency}/2021.json", CancellationToken.None));
        }

        for (var i = 0; withOtherProvince && i < 2; i++)
        {
            var agency = $"wendeng-{i}";
            uploads.Put($"{agency}/2021.json", SeedFiles.WeixianJsonIn(agency, $"文登区第{i}局", "山东省威海市文登区", "371003"), DateTimeOffset.UnixEpoch);
            Assert.IsType<UploadOutcome.Accepted>(await pipeline.Processor.ProcessAsync($"{agency}/2021.json", CancellationToken.None));
        }

        return (pipeline, new InMemoryRegenerationBatches(), new InMemoryRegenerationRuns());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
