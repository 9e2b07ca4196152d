using System.Text;
using AnnualReports.OpenData;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.OpenData;

/// <summary>What uploads and whole-site builds write of the open data files (in-memory stores).</summary>
public class OpenDataPublishingTests
{
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly ManualClock _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly PublishingPipeline _pipeline;

    public OpenDataPublishingTests() => _pipeline = new PublishingPipeline(
        new PublishingStores(_uploads, new InMemoryUploadLog(), new InMemoryReportIndex(), new InMemoryReportArchive(), new InMemoryRejectionStore(), _site, new InMemorySummaryStore()),
        new InMemorySiteManifestStore(),
        new SiteRenderer(SiteOptions.Local with { DataLicence = "测试许可" }),
        time: _time);

    [Fact]
    public async Task AnUploadMarksItsRegionDueAndTheRefreshWritesItsFilesWithExactlyTheReportsOfTheAgenciesListedThere()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
        await UploadAsync("c.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        Assert.Null(_site[DataPaths.RegionCsv("130533")]);
        Assert.Equal(["130533", "371003"], (await _pipeline.RegionData.ListDueAsync(CancellationToken.None)).Select(m => m.RowKey));

        await _pipeline.RegionData.RefreshDueAsync(CancellationToken.None);

        Assert.Empty(await _pipeline.RegionData.ListDueAsync(CancellationToken.None));
        Assert.Equal([("weixian-gov", "130533"), ("weixian-gov-office", "130533")], Rows(DataPaths.RegionCsv("130533")));
        Assert.Equal([("wendeng-gov-office", "371003")], Rows(DataPaths.RegionCsv("371003")));
        Assert.Null(_site[DataPaths.RegionCsv("130500")]);
        Assert.Null(_site[DataPaths.RegionCsv("130000")]);
        Assert.Contains("\"licence\":\"测试许可\"", Text(DataPaths.RegionJson("130533")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadNeverBuildsTheSiteWideFiles()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());

        Assert.Null(_site[DataPaths.Csv]);
        Assert.Null(_site[DataPaths.Json]);
    }

    [Fact]
    public async Task AnUploadInAnotherRegionLeavesARegionsFilesAlone()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await _pipeline.RegionData.RefreshDueAsync(CancellationToken.None);
        var before = _site[DataPaths.RegionCsv("130533")]!;

        await UploadAsync("c.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        await _pipeline.RegionData.RefreshDueAsync(CancellationToken.None);

        Assert.Same(before, _site[DataPaths.RegionCsv("130533")]);
        Assert.NotNull(_site[DataPaths.RegionCsv("371003")]);
    }

    [Fact]
    public async Task AnUploadThatMarksItsRegionWhileARebuildRunsKeepsTheRegionDue()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        var seenByTheRebuild = await _pipeline.RegionData.ListDueAsync(CancellationToken.None);

        // The rebuild has read the marks; an upload in the same region lands before it clears them.
        await UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
        await _pipeline.RegionData.ClearDueAsync(seenByTheRebuild, CancellationToken.None);

        Assert.Equal(["130533"], (await _pipeline.RegionData.ListDueAsync(CancellationToken.None)).Select(m => m.RowKey));
    }

    [Fact]
    public async Task TheWholeSiteBuildClearsTheMarksItSawBeforeIt()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());

        await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);

        Assert.NotNull(_site[DataPaths.RegionCsv("130533")]);
        Assert.Empty(await _pipeline.RegionData.ListDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TheSiteWideBuildHoldsEveryReportAndDescribesTheFiles()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("c.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));

        await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);

        Assert.Equal([("weixian-gov-office", "130533"), ("wendeng-gov-office", "371003")], Rows(DataPaths.Csv).Order());
        var dictionary = Text(DataPaths.Dictionary);
        Assert.Contains("共 2 份报告，生成于 2026-11-28T12:00:00Z（UTC）", dictionary, StringComparison.Ordinal);
        Assert.Contains("测试许可", dictionary, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/data/reports.csv\" download>全部报告（CSV）</a>（CSV，{DictionaryPage.Size(_site[DataPaths.Csv]!.Content.Length)}）", dictionary, StringComparison.Ordinal);
        Assert.Contains($"\"bytes\": {_site[DataPaths.Json]!.Content.Length}", Text(DataPaths.Manifest), StringComparison.Ordinal);
        Assert.Contains("<loc>http://127.0.0.1:8080/data/reports.csv</loc>", Text(DataPaths.Sitemap), StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/sitemaps/data.xml", Text(SitePaths.Sitemap), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABuildLaterWithTheSameDataWritesNothing()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);
        var writes = _site.Writes;

        _time.Advance(TimeSpan.FromDays(1));
        var outcomes = await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);

        Assert.Equal(writes, _site.Writes);
        Assert.All(outcomes, f => Assert.Equal(PublishResult.Unchanged, f.Result));
        Assert.Contains("\"builtAt\":\"2026-11-28T12:00:00Z\"", Text(DataPaths.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABuildAfterANewReportRewritesTheFilesWithTheNewTime()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(3));
        await UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
        await _pipeline.OpenData.PublishAllAsync(CancellationToken.None);

        Assert.Equal(2, Rows(DataPaths.Csv).Count);
        Assert.Contains("\"builtAt\":\"2026-11-28T15:00:00Z\"", Text(DataPaths.Json), StringComparison.Ordinal);
        Assert.Contains("生成于 2026-11-28T15:00:00Z", Text(DataPaths.Dictionary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWholeSiteRegenerationBuildsTheFiles()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());

        await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Equal([("weixian-gov-office", "130533")], Rows(DataPaths.Csv));
    }

    private async Task UploadAsync(string name, byte[] content)
    {
        _uploads.Put(name, content, _time.GetUtcNow());
        Assert.IsType<UploadOutcome.Accepted>(await _pipeline.Processor.ProcessAsync(name, CancellationToken.None));
    }

    private List<(string AgencyId, string RegionCode)> Rows(string path)
    {
        var records = Rfc4180Csv.Read(_site[path]!.Content.ToArray());
        var (id, code) = (DataColumns.IndexOf("agency_id"), DataColumns.IndexOf("region_code"));
        return [.. records.Skip(1).Select(r => (r[id]!, r[code]!))];
    }

    private string Text(string path) => Encoding.UTF8.GetString(_site[path]!.Content.Span);
}
