using System.Text.Json;
using AnnualReports.Azure.Blobs;
using AnnualReports.Azure.Http;
using AnnualReports.Azure.IntegrationTests.Faults;
using AnnualReports.Publishing;
using AnnualReports.TestKit;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>The reconciliation sweep and poison uploads, on Azurite through the real adapters.</summary>
[Collection(UsesAzurite.Name)]
public class IncomingSweepTests(AzuriteFixture azurite)
{
    private const string Name = "weixian-gov-office/2021.json";

    [Fact]
    public async Task PublishesAnUploadWhoseEventNeverArrived()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(Name, PipelineHarness.SeedJson());
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));

        var summary = await harness.Pipeline().Sweep.SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepSummary(1, 1, 0, 0), summary);
        var record = await harness.Stores.UploadLog.GetAsync(Name, CancellationToken.None);
        Assert.Equal(UploadStatus.Accepted, record?.Status);
        Assert.Equal((await harness.Incoming.GetBlobClient(Name).GetPropertiesAsync()).Value.ETag.ToString().Trim('"'), record?.UploadVersion);
        Assert.True(await harness.Web.GetBlobClient(SitePaths.ReportPage("weixian-gov-office", 2021)).ExistsAsync());
    }

    [Fact]
    public async Task ASweepOverAnUnchangedSiteWritesNothing()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(Name, PipelineHarness.SeedJson());
        await harness.UploadAsync("weixian-gov-office/2021-wrong.json", PipelineHarness.SeedVariant(r => r["table3"]!["received"]![6] = 4));
        await harness.UploadAsync("bad/../name.json", [1, 2, 3]);
        var pipeline = harness.Pipeline();
        await pipeline.Sweep.SweepAsync(CancellationToken.None);
        var before = await StateAsync(harness);

        var summary = await pipeline.Sweep.SweepAsync(CancellationToken.None);

        Assert.Equal(0, summary.Processed);
        Assert.Equal(3, summary.Uploads);
        Assert.Equal(before, await StateAsync(harness));
    }

    [Fact]
    public async Task AnUploadFailingForWantOfStorageIsRecordedAsFailedAndRetriedWithBackoff()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(Name, PipelineHarness.SeedJson());
        var webDown = new StorageFaultInjector(1.0, 1) { Targets = r => r.Uri.Path.Contains($"/{harness.Options.WebContainer}/", StringComparison.Ordinal) };
        var clients = StorageClients.FromConnectionString(azurite.ConnectionString, o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            webDown.AddTo(o);
        });
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var pipeline = new PublishingPipeline(StorageServiceCollectionExtensions.CreateStores(clients, harness.Options), new BlobSiteManifestStore(harness.Archive), time: clock);

        await Assert.ThrowsAnyAsync<Exception>(() => pipeline.Processor.ProcessAsync(Name, CancellationToken.None));

        var failed = await harness.Stores.UploadLog.GetAsync(Name, CancellationToken.None);
        Assert.Equal(UploadStatus.Failed, failed?.Status);
        Assert.Equal(1, failed?.Attempts);
        Assert.Equal(clock.Now + UploadFailures.FirstDelay, failed?.RetryAfter);
        Assert.False(string.IsNullOrWhiteSpace(failed?.FailureReason));
        var answer = await ReportsApi.UploadStatusAsync(Name, new UploadStatusQuery(harness.Stores.UploadLog), CancellationToken.None);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(answer.Body, FindingsDocument.JsonOptions));
        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("Failed", json.RootElement.GetProperty("status").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(failed?.FailureReason, json.RootElement.GetProperty("failureReason").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("attempts").GetInt32());

        // Within the backoff the sweep leaves it alone: no hot loop.
        var requests = webDown.Requests;
        Assert.Equal(new SweepSummary(1, 0, 1, 0), await pipeline.Sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(requests, webDown.Requests);

        // After it, the sweep tries again; still down, so the wait doubles.
        clock.Now += UploadFailures.FirstDelay;
        Assert.Equal(new SweepSummary(1, 0, 0, 1), await pipeline.Sweep.SweepAsync(CancellationToken.None));
        var again = await harness.Stores.UploadLog.GetAsync(Name, CancellationToken.None);
        Assert.Equal(2, again?.Attempts);
        Assert.Equal(clock.Now + (2 * UploadFailures.FirstDelay), again?.RetryAfter);

        // Storage back and the wait over: published, and the record says so.
        webDown.Enabled = false;
        clock.Now += 2 * UploadFailures.FirstDelay;
        Assert.Equal(new SweepSummary(1, 1, 0, 0), await pipeline.Sweep.SweepAsync(CancellationToken.None));
        var accepted = await harness.Stores.UploadLog.GetAsync(Name, CancellationToken.None);
        Assert.Equal(UploadStatus.Accepted, accepted?.Status);
        Assert.Null(accepted?.FailureReason);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(7, 960)]
    [InlineData(8, 1440)]
    [InlineData(30, 1440)]
    public void BackoffDoublesFromFifteenMinutesUpToADay(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), UploadFailures.Backoff(attempts));

    /// <summary>Every blob's ETag in the containers the pipeline writes, and every table entity's ETag.</summary>
    private static async Task<string> StateAsync(PipelineHarness harness)
    {
        var parts = new List<string>();
        foreach (var container in new[] { harness.Web, harness.Archive, harness.Rejections })
        {
            parts.AddRange((await PipelineHarness.ETagsAsync(container)).Select(e => $"{container.Name}/{e.Key}={e.Value}"));
        }

        foreach (var table in new[] { harness.Reports, harness.Uploads })
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                parts.Add($"{table.Name}/{entity.PartitionKey}/{entity.RowKey}={entity.ETag}");
            }
        }

        return string.Join("\n", parts.Order(StringComparer.Ordinal));
    }
}
