using AnnualReports.Azure.Queues;
using AnnualReports.Azure.Tables;
using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Azure.IntegrationTests.Queues;

[Collection(UsesAzurite.Name)]
public class QueuedRegenerationTests(AzuriteFixture azurite)
{
    private const int Agencies = 7;

    [Fact]
    public async Task TwoCompetingConsumersRenderEveryReportOnceAndCompleteTheRun()
    {
        var (harness, queues, runs) = await PublishedSiteAsync();
        var renderer = ChangedRenderer();
        var site = new CountingSiteStore(harness.Stores.Site);
        var planner = new RegenerationPlanner(harness.Stores.Index, new QueueRegenerationBatches(queues.Work), runs, TimeProvider.System) { BatchSize = 2 };

        var started = await planner.StartAsync("run-two-consumers", CancellationToken.None);
        var run = await ConsumeUntilCompleteAsync(runs, started.Id, Consumer(harness, queues, runs, site, renderer), Consumer(harness, queues, runs, site, renderer));

        Assert.Equal(Agencies, started.Total);
        Assert.Equal(4, started.Batches);
        Assert.Equal((Agencies, Agencies, 0, 4), (run.Total, run.Done, run.Failed, run.Batches));
        Assert.Empty(run.Failures);
        Assert.True(run.Finished >= run.Started);
        foreach (var agency in AgencyIdList())
        {
            var page = SitePaths.ReportPage(agency, 2021);
            Assert.Equal(1, site.Writes.GetValueOrDefault(page));
            Assert.Contains("template v2", (await harness.Web.GetBlobClient(page).DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await queues.Work.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, (await queues.Poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task ABatchThatRunsLongerThanItsVisibilityTimeoutIsRenewedAndNotHandledTwice()
    {
        var (harness, queues, runs) = await PublishedSiteAsync();
        var renderer = ChangedRenderer();
        var slow = SitePaths.ReportPage(AgencyIdList()[0], 2021);
        var site = new CountingSiteStore(harness.Stores.Site) { DelayWhen = path => path == slow ? TimeSpan.FromSeconds(5) : TimeSpan.Zero };
        var planner = new RegenerationPlanner(harness.Stores.Index, new QueueRegenerationBatches(queues.Work), runs, TimeProvider.System) { BatchSize = 2 };

        var started = await planner.StartAsync("run-long-batch", CancellationToken.None);
        // The slow batch takes 5 s against a 2 s lease: without renewal the other consumer takes it after 2 s.
        var shortLease = TimeSpan.FromSeconds(2);
        var run = await ConsumeUntilCompleteAsync(
            runs,
            started.Id,
            Consumer(harness, queues, runs, site, renderer, shortLease),
            Consumer(harness, queues, runs, site, renderer, shortLease));

        Assert.Equal((Agencies, Agencies, 0), (run.Total, run.Done, run.Failed));
        Assert.All(AgencyIdList(), agency => Assert.Equal(1, site.Attempts[SitePaths.ReportPage(agency, 2021)]));
        Assert.Equal(0, (await queues.Work.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task ABatchThatFailsEveryDeliveryGoesToThePoisonQueueAndItsReportsShowFailedInTheRun()
    {
        var (harness, queues, runs) = await PublishedSiteAsync();
        var renderer = ChangedRenderer();
        var broken = AgencyIdList()[0];
        var site = new CountingSiteStore(harness.Stores.Site) { FailWhen = path => path == SitePaths.ReportPage(broken, 2021) };
        var planner = new RegenerationPlanner(harness.Stores.Index, new QueueRegenerationBatches(queues.Work), runs, TimeProvider.System) { BatchSize = 2 };

        var started = await planner.StartAsync("run-poison", CancellationToken.None);
        var run = await ConsumeUntilCompleteAsync(runs, started.Id, Consumer(harness, queues, runs, site, renderer), Consumer(harness, queues, runs, site, renderer));

        // The first batch holds the broken agency and the next one: both its reports count failed, both agencies named.
        Assert.Equal((Agencies, Agencies - 2, 2), (run.Total, run.Done, run.Failed));
        Assert.Equal(
            [SitePaths.AgencyUrl(AgencyIdList()[0]), SitePaths.AgencyUrl(AgencyIdList()[1])],
            run.Failures.Select(f => f.Report));
        Assert.All(run.Failures, f => Assert.Equal(BatchMessageHandler.PoisonReason(2), f.Reason));
        Assert.True(run.Complete);
        var poisoned = (await queues.Poison.ReceiveMessageAsync()).Value;
        Assert.Equal(0, BatchMessages.Read(poisoned.Body.ToString())!.Number);
        Assert.Equal(0, (await queues.Work.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        foreach (var agency in AgencyIdList().Skip(2))
        {
            Assert.Contains("template v2", (await harness.Web.GetBlobClient(SitePaths.ReportPage(agency, 2021)).DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);
        }
    }

    private static List<string> AgencyIdList() => [.. Enumerable.Range(1, Agencies).Select(i => $"queued-office-{i:D2}")];

    private async Task<(PipelineHarness Harness, RegenerationQueues Queues, TableRegenerationRuns Runs)> PublishedSiteAsync()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        foreach (var agency in AgencyIdList())
        {
            await harness.UploadAsync($"{agency}/2021.json", PipelineHarness.SeedOfAgency(agency, $"测试机关{agency}"));
            await harness.Processor().ProcessAsync($"{agency}/2021.json", CancellationToken.None);
        }

        var queues = RegenerationQueues.FromService(RegenerationQueues.ServiceFromConnectionString(azurite.ConnectionString), harness.Options.RegenerationQueue);
        await queues.EnsureCreatedAsync(CancellationToken.None);
        return (harness, queues, new TableRegenerationRuns(harness.Clients.Tables.GetTableClient(harness.Options.RegenerationsTable)));
    }

    private static SiteRenderer ChangedRenderer()
    {
        var templates = TemplateSet.Embedded();
        return new SiteRenderer(SiteOptions.Local, templates.With(TemplateNames.Report, templates[TemplateNames.Report] + "\n<!-- template v2 -->\n"));
    }

    /// <summary>A consumer as on an instance of its own: its own pipeline and clients, sharing the storage.</summary>
    private static RegenerationQueueConsumer Consumer(
        PipelineHarness harness, RegenerationQueues queues, TableRegenerationRuns runs, CountingSiteStore site, SiteRenderer renderer, TimeSpan? lease = null)
    {
        var stores = StorageServiceCollectionExtensions.CreateStores(harness.Clients, harness.Options) with { Site = site };
        var pipeline = new PublishingPipeline(stores, harness.Manifest, renderer);
        var handler = new RegenerationBatchHandler(
            pipeline.Regenerator, pipeline.IndexPages, runs, pipeline.OpenData, pipeline.RegionData, TimeProvider.System,
            NullLogger<RegenerationBatchHandler>.Instance);
        return new RegenerationQueueConsumer(queues, new BatchMessageHandler(handler, NullLogger<BatchMessageHandler>.Instance), NullLogger<RegenerationQueueConsumer>.Instance)
        {
            MaxDequeueCount = 2,
            // Long enough that a batch is never handled twice at once; a failed one comes back after the retry delay
            // (the poison test relies on it: its deliveries would otherwise wait out the visibility timeout).
            VisibilityTimeout = lease ?? TimeSpan.FromMinutes(2),
            RetryDelay = TimeSpan.FromMilliseconds(200),
            PollInterval = TimeSpan.FromMilliseconds(100),
        };
    }

    private static async Task<RegenerationRun> ConsumeUntilCompleteAsync(TableRegenerationRuns runs, string runId, params RegenerationQueueConsumer[] consumers)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var running = consumers.Select(c => Task.Run(async () =>
        {
            try
            {
                await c.RunAsync(stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        })).ToList();
        RegenerationRun? run;
        while ((run = await runs.GetAsync(runId, CancellationToken.None)) is not { Complete: true } && !stop.IsCancellationRequested)
        {
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await Task.WhenAll(running);
        Assert.NotNull(run);
        Assert.True(run.Complete, $"The run did not complete: {run.Done} done, {run.Failed} failed of {run.Total}.");
        return run;
    }
}
