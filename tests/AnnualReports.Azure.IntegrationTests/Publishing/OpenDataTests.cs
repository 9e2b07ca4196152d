using AnnualReports.OpenData;
using AnnualReports.Publishing;
using AnnualReports.TestKit;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>The open data files through the real blob and table adapters.</summary>
[Collection(UsesAzurite.Name)]
public class OpenDataTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnUploadWritesNoDataFileAndTheRefreshRewritesOnlyItsRegionsFilesOnce()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await PublishAsync(harness, "weixian-gov-office/2021.json", SeedFiles.WeixianJson());
        await PublishAsync(harness, "weixian-gov/2021.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
        await harness.Pipeline().RegionData.RefreshDueAsync(CancellationToken.None);
        var before = await PipelineHarness.ETagsAsync(harness.Web);

        await PublishAsync(harness, "wendeng-gov-office/2021.json",
            SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        await PublishAsync(harness, "wendeng-gov/2021.json",
            SeedFiles.WeixianJsonIn("wendeng-gov", "威海市文登区人民政府", "山东省威海市文登区", "371003"));
        var afterUploads = await PipelineHarness.ETagsAsync(harness.Web);
        Assert.Empty(DataWritten(before, afterUploads));

        var refreshed = await harness.Pipeline().RegionData.RefreshDueAsync(CancellationToken.None);

        var after = await PipelineHarness.ETagsAsync(harness.Web);
        Assert.Equal([DataPaths.RegionCsv("371003"), DataPaths.RegionJson("371003")], DataWritten(before, after));
        Assert.Equal(2, refreshed.Count(f => f.Written));
        var records = Rfc4180Csv.Read((await harness.Web.GetBlobClient(DataPaths.RegionCsv("371003")).DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(["wendeng-gov", "wendeng-gov-office"], records.Skip(1).Select(r => r[DataColumns.IndexOf("agency_id")]));
        Assert.Empty(await harness.Pipeline().RegionData.RefreshDueAsync(CancellationToken.None));
        Assert.DoesNotContain(DataPaths.Csv, after.Keys);
    }

    [Fact]
    public async Task AMarkRenewedAfterTheRebuildReadItOutlivesTheRebuildsClear()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await PublishAsync(harness, "weixian-gov-office/2021.json", SeedFiles.WeixianJson());
        var regionData = harness.Pipeline().RegionData;
        var seen = await regionData.ListDueAsync(CancellationToken.None);

        await PublishAsync(harness, "weixian-gov/2021.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
        await regionData.ClearDueAsync(seen, CancellationToken.None);

        var due = await regionData.ListDueAsync(CancellationToken.None);
        Assert.Equal(["130533"], due.Select(m => m.RowKey));
        Assert.NotEqual(seen.Single().ETag, due.Single().ETag);
    }

    private static List<string> DataWritten(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. after.Where(b => b.Key.StartsWith("data/", StringComparison.Ordinal) && before.GetValueOrDefault(b.Key) != b.Value).Select(b => b.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task TheSiteWideBuildStreamsEveryReportIntoBlobsAndRewritesNothingWhenRunAgain()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await PublishAsync(harness, "weixian-gov-office/2021.json", SeedFiles.WeixianJson());
        await PublishAsync(harness, "wendeng-gov-office/2021.json",
            SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        var pipeline = harness.Pipeline();

        await pipeline.OpenData.PublishAllAsync(CancellationToken.None);
        var built = await PipelineHarness.ETagsAsync(harness.Web);
        await harness.Pipeline().OpenData.PublishAllAsync(CancellationToken.None);

        Assert.Equal(built, await PipelineHarness.ETagsAsync(harness.Web));
        var csv = harness.Web.GetBlobClient(DataPaths.Csv);
        Assert.Equal("text/csv; charset=utf-8", (await csv.GetPropertiesAsync()).Value.ContentType);
        var records = Rfc4180Csv.Read((await csv.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(["weixian-gov-office", "wendeng-gov-office"], records.Skip(1).Select(r => r[DataColumns.IndexOf("agency_id")]).Order(StringComparer.Ordinal));
        Assert.Contains(DataPaths.Dictionary, built.Keys);
    }

    private static async Task PublishAsync(PipelineHarness harness, string name, byte[] content)
    {
        await harness.UploadAsync(name, content);
        Assert.IsType<UploadOutcome.Accepted>(await harness.Processor().ProcessAsync(name, CancellationToken.None));
    }
}
