using AnnualReports.OpenData;
using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

[Collection(UsesAzurite.Name)]
public class UploadProcessorTests(AzuriteFixture azurite)
{
    private const string SeedUpload = "weixian-gov-office/2021.json";

    [Fact]
    public async Task PublishesTheSeedWithItsPageDataIndexPagesSitemapAndFeed()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(SeedUpload, PipelineHarness.SeedJson());

        var outcome = await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);

        var accepted = Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal(SitePaths.ReportUrl("weixian-gov-office", 2021), accepted.Url);
        var expectedHeaders = new Dictionary<string, (string ContentType, string CacheControl)>
        {
            [SitePaths.ReportPage("weixian-gov-office", 2021)] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.ReportData("weixian-gov-office", 2021)] = ("application/json; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.AgencyPage("weixian-gov-office")] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.Home] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.RegionPage("130000", 1)] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.RegionPage("130500", 1)] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.RegionPage("130533", 1)] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.SitemapShard("000000", 1)] = ("application/xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.SitemapShard("130000", 1)] = ("application/xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.SitemapShard("130500", 1)] = ("application/xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.SitemapShard("130533", 1)] = ("application/xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.NotFound] = ("text/html; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.Sitemap] = ("application/xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.Feed] = ("application/atom+xml; charset=utf-8", SiteFile.ShortCache),
            [SitePaths.Stylesheet] = ("text/css; charset=utf-8", SiteFile.ShortCache),
        };
        Assert.Equal(expectedHeaders.Keys.Order(StringComparer.Ordinal), (await PipelineHarness.ETagsAsync(harness.Web)).Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (contentType, cacheControl)) in expectedHeaders)
        {
            var properties = (await harness.Web.GetBlobClient(path).GetPropertiesAsync()).Value;
            Assert.Equal(contentType, properties.ContentType);
            Assert.Equal(cacheControl, properties.CacheControl);
        }

        Assert.Contains("<a href=\"/regions/130000/\">河北省</a>", await TextAsync(harness, SitePaths.Home), StringComparison.Ordinal);
        Assert.Contains(accepted.Url, await TextAsync(harness, SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
        Assert.Contains("/sitemaps/130533.xml", await TextAsync(harness, SitePaths.Sitemap), StringComparison.Ordinal);
        Assert.Contains(accepted.Url, await TextAsync(harness, SitePaths.SitemapShard("130533", 1)), StringComparison.Ordinal);
        Assert.Contains(accepted.Url, await TextAsync(harness, SitePaths.Feed), StringComparison.Ordinal);
        Assert.Contains("威县人民政府办公室", await TextAsync(harness, SitePaths.ReportPage("weixian-gov-office", 2021)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordsTheSeedsFiguresInTheReportsTable()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(SeedUpload, PipelineHarness.SeedJson());

        await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);

        var seed = SampleReports.Weixian2021();
        var entity = (await harness.Reports.GetEntityAsync<TableEntity>("weixian-gov-office", "2021")).Value;
        Assert.Equal(seed.Applications[Table3Row.Received].Total, entity.GetInt32("ApplicationsReceived"));
        Assert.Equal(seed.Applications[Table3Row.CarriedOver].Total ?? 0, entity.GetInt32("ApplicationsCarriedOver"));
        Assert.Equal(seed.Applications[Table3Row.Total].Total, entity.GetInt32("ApplicationsCompleted"));
        Assert.Equal(seed.Title, entity.GetString("Title"));
        Assert.Equal(SeedUpload, entity.GetString("SourceUpload"));
        Assert.Equal(nameof(ReportStatus.Published), entity.GetString("Status"));
        Assert.Equal(SitePaths.ReportUrl("weixian-gov-office", 2021), entity.GetString("Url"));
        var record = await harness.Stores.UploadLog.GetAsync(SeedUpload, CancellationToken.None);
        Assert.Equal(UploadStatus.Accepted, record?.Status);
        Assert.Equal(entity.GetString("Url"), record?.PublishedUrl);
    }

    [Fact]
    public async Task PublishesNothingForAnInvalidUploadAndKeepsAReadableRejection()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        const string name = "weixian-gov-office/2021-wrong-total.json";
        await harness.UploadAsync(name, PipelineHarness.SeedVariant(report => report["table3"]!["received"]![6] = 4));
        var uploadETag = (await harness.Incoming.GetBlobClient(name).GetPropertiesAsync()).Value.ETag;

        var outcome = await harness.Processor().ProcessAsync(name, CancellationToken.None);

        var rejected = Assert.IsType<UploadOutcome.Rejected>(outcome);
        Assert.Contains(rejected.Findings, f => f.Pointer == "/table3/received/6");
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Archive));
        Assert.Empty(harness.Reports.Query<TableEntity>());
        var html = await harness.Stores.Rejections.ReadHtmlAsync(name, CancellationToken.None);
        Assert.Contains(rejected.Findings[0].RuleId, html, StringComparison.Ordinal);
        var json = (await harness.Rejections.GetBlobClient(rejected.RejectionPath + "rejection.json").DownloadContentAsync()).Value.Content.ToString();
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var balance = document.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("cells")[0].GetProperty("pointer").GetString() == "/table3/received/6");
        Assert.Equal("error", balance.GetProperty("severity").GetString());
        Assert.Equal(1, balance.GetProperty("location").GetProperty("line").GetInt32()); // the variant is one-line JSON
        Assert.True(balance.GetProperty("location").GetProperty("column").GetInt32() > 1);
        Assert.NotEmpty(balance.GetProperty("numbers").EnumerateArray());
        var record = await harness.Stores.UploadLog.GetAsync(name, CancellationToken.None);
        Assert.Equal(UploadStatus.Rejected, record?.Status);
        Assert.Equal(uploadETag, (await harness.Incoming.GetBlobClient(name).GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task WritesNothingWhenTheSameUploadIsProcessedTwice()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(SeedUpload, PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);
        var before = await SnapshotAsync(harness);

        var outcome = await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);

        Assert.IsType<UploadOutcome.AlreadyProcessed>(outcome);
        Assert.Equal(before, await SnapshotAsync(harness));
    }

    [Fact]
    public async Task RewritesNoPageWhenTheSameReportArrivesUnderAnotherName()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(SeedUpload, PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);
        var pagesBefore = await PipelineHarness.ETagsAsync(harness.Web);
        await harness.UploadAsync("weixian-gov-office/2021-again.json", PipelineHarness.SeedJson());

        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/2021-again.json", CancellationToken.None);

        Assert.Equal(0, Assert.IsType<UploadOutcome.Accepted>(outcome).FilesWritten);
        Assert.Equal(pagesBefore, await PipelineHarness.ETagsAsync(harness.Web));
    }

    [Fact]
    public async Task ANewerUploadOfTheSameReportReplacesTheOldOne()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(SeedUpload, PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync(SeedUpload, CancellationToken.None);
        const string corrected = "weixian-gov-office/2021-corrected.json";
        await harness.UploadAsync(corrected, PipelineHarness.SeedVariant(report => report["compiledBy"] = "威县人民政府办公室（更正）"));

        var outcome = await harness.Processor().ProcessAsync(corrected, CancellationToken.None);

        Assert.IsType<UploadOutcome.Accepted>(outcome);
        var entity = (await harness.Reports.GetEntityAsync<TableEntity>("weixian-gov-office", "2021")).Value;
        Assert.Equal(corrected, entity.GetString("SourceUpload"));
        Assert.Contains("更正", Encoding.UTF8.GetString((await harness.Web.GetBlobClient(SitePaths.ReportData("weixian-gov-office", 2021)).DownloadContentAsync()).Value.Content), StringComparison.Ordinal);
        Assert.Single(harness.Reports.Query<TableEntity>());
    }

    [Fact]
    public async Task FiftyAgenciesOfOneCountyUploadingAtOnceConvergeOnEveryPageOfTheirRegionChain()
    {
        // 20 agencies a page, so the county's list spans three pages that concurrent uploads all rewrite.
        var limits = new SiteLimits(AgenciesPerPage: 20);
        var harness = await PipelineHarness.CreateAsync(azurite);
        var agencies = Enumerable.Range(1, 50).Select(i => $"agency-{i:00}").ToList();
        foreach (var agency in agencies)
        {
            await harness.UploadAsync($"{agency}/2021.json", PipelineHarness.SeedOfAgency(agency, $"测试机关{agency}"));
        }

        var outcomes = await Task.WhenAll(agencies.Select(agency =>
            Task.Run(() => harness.Pipeline(limits: limits).Processor.ProcessAsync($"{agency}/2021.json", CancellationToken.None))));

        Assert.All(outcomes, outcome => Assert.IsType<UploadOutcome.Accepted>(outcome));
        var county = string.Concat(await Task.WhenAll(Enumerable.Range(1, 3).Select(page => TextAsync(harness, SitePaths.RegionPage("130533", page)))));
        var shard = await TextAsync(harness, SitePaths.SitemapShard("130533", 1));
        Assert.All(agencies, agency => Assert.Contains(SitePaths.ReportUrl(agency, 2021), county, StringComparison.Ordinal));
        Assert.All(agencies, agency => Assert.Contains(SitePaths.ReportUrl(agency, 2021), shard, StringComparison.Ordinal));
        Assert.Contains("/regions/130533/3.html", shard, StringComparison.Ordinal);
        Assert.Contains("河北省邢台市威县共 50 个机关的 50 份", county, StringComparison.Ordinal);
        foreach (var region in new[] { "130500", "130000" })
        {
            Assert.Contains("共 50 个机关的 50 份", await TextAsync(harness, SitePaths.RegionPage(region, 1)), StringComparison.Ordinal);
        }

        Assert.Contains("共收录 50 个机关的 50 份年度报告。", await TextAsync(harness, SitePaths.Home), StringComparison.Ordinal);
        Assert.Equal(50, harness.Reports.Query<TableEntity>().Count());
        Assert.Equal(50, harness.Summaries.Query<TableEntity>(e => e.PartitionKey == "130533").Count());

        // Every level's totals hold the 50 reports' cells, summed once each.
        var cells = Totals.CellVector.Decode(LayoutVersion.V2021, Totals.CellVector.Encode(SampleReports.Weixian2021()))!;
        var store = new AnnualReports.Azure.Tables.TableSummaryStore(harness.Summaries);
        foreach (var region in new[] { "130533", "130500", "130000", Regions.Divisions.National })
        {
            var years = Regions.SummaryRows.ReadListing(region, await store.ListAsync(region, CancellationToken.None)).Totals().Years!;
            var year = Assert.Single(years);
            Assert.Equal((2021, 50, 0), (year.Year, year.Reports, year.WithoutData));
            Assert.Equal(cells.Select(c => c * 50), year.Sums);
        }

        Assert.Contains("<th scope=\"row\">2021年</th>\n<td class=\"num\">50</td>\n<td class=\"num\">0</td>", county, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivesLastYearsPublishedReportToTheCrossYearRules()
    {
        var alone = await PipelineHarness.CreateAsync(azurite);
        var withLastYear = await PipelineHarness.CreateAsync(azurite);
        var nextYear = PipelineHarness.SeedVariant(report =>
        {
            report["year"] = 2022;
            report["publishDate"] = "2023-01-20";
        });
        await withLastYear.UploadAsync(SeedUpload, PipelineHarness.SeedJson());
        await withLastYear.Processor().ProcessAsync(SeedUpload, CancellationToken.None);
        await alone.UploadAsync("weixian-gov-office/2022.json", nextYear);
        await withLastYear.UploadAsync("weixian-gov-office/2022.json", nextYear);

        var withoutContext = await alone.Processor().ProcessAsync("weixian-gov-office/2022.json", CancellationToken.None);
        var withContext = await withLastYear.Processor().ProcessAsync("weixian-gov-office/2022.json", CancellationToken.None);

        // The seed has 6 normative documents issued and 15 in force, so a copy for the next year cannot also have 15 in force.
        Assert.DoesNotContain(Assert.IsType<UploadOutcome.Accepted>(withoutContext).Warnings, w => w.RuleId == "T2-X1");
        Assert.Contains(Assert.IsType<UploadOutcome.Accepted>(withContext).Warnings, w => w.RuleId == "T2-X1");
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("/absolute.json")]
    [InlineData("weixian\\2021.json")]
    [InlineData("weixian/../../2021.json")]
    [InlineData("weixian/\u00012021.json")]
    [InlineData("weixian//2021.json")]
    public async Task RejectsPathTricksWithAClearFindingAndWritesNothing(string name)
    {
        var harness = await PipelineHarness.CreateAsync(azurite);

        var outcome = await harness.Processor().ProcessAsync(name, CancellationToken.None);

        var unusable = Assert.IsType<UploadOutcome.UnusableName>(outcome);
        Assert.Equal(UploadNames.RuleId, unusable.Finding.RuleId);
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Archive));
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Rejections));
        Assert.Equal(UploadStatus.UnusableName, (await harness.Stores.UploadLog.GetAsync(name, CancellationToken.None))?.Status);
    }

    private static async Task<string> TextAsync(PipelineHarness harness, string path) =>
        (await harness.Web.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToString();

    /// <summary>The ETag of every blob and table entity the pipeline writes.</summary>
    private static async Task<IReadOnlyList<string>> SnapshotAsync(PipelineHarness harness)
    {
        var etags = new List<string>();
        foreach (var container in new[] { harness.Web, harness.Archive, harness.Rejections })
        {
            etags.AddRange((await PipelineHarness.ETagsAsync(container)).Select(e => $"{container.Name}/{e.Key}={e.Value}"));
        }

        foreach (var table in new[] { harness.Reports, harness.Uploads })
        {
            etags.AddRange(table.Query<TableEntity>().Select(e => $"{table.Name}/{e.PartitionKey}/{e.RowKey}={e.ETag}"));
        }

        return [.. etags.Order(StringComparer.Ordinal)];
    }
}
