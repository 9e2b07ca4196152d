using System.Text;
using System.Xml.Linq;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.Rendering;
using AnnualReports.Reports;
using AnnualReports.Totals;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.Publishing;

/// <summary>What an upload writes of the region hierarchy, the sitemap shards and the feed (in-memory stores).</summary>
public class RegionPagesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemorySummaryStore _summaries = new();
    private readonly PublishingStores _stores;

    public RegionPagesTests() =>
        _stores = new PublishingStores(_uploads, new InMemoryUploadLog(), new InMemoryReportIndex(), new InMemoryReportArchive(), new InMemoryRejectionStore(), _site, _summaries);

    [Fact]
    public async Task AnUploadForANewCountyCreatesThePagesOfItsRegionChain()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());

        Assert.Contains("<a href=\"/regions/130000/\">河北省</a>", Page(SitePaths.Home), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/regions/130500/\">邢台市</a>", Page(SitePaths.RegionPage("130000", 1)), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/regions/130533/\">威县</a>", Page(SitePaths.RegionPage("130500", 1)), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/weixian-gov-office/\">威县人民政府办公室</a>", Page(SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
        Assert.Equal(
            ["sitemaps/000000.xml", "sitemaps/130000.xml", "sitemaps/130500.xml", "sitemaps/130533.xml", "sitemaps/data.xml"],
            ShardsInIndex());
        Assert.Contains("http://127.0.0.1:8080/weixian-gov-office/2021/", Urls("sitemaps/130533.xml"));
        Assert.Contains("http://127.0.0.1:8080/weixian-gov-office/2021/", Page(SitePaths.Feed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgenciesOfTwoProvincesAreCountedEachUnderItsOwnProvince()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("b.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        await UploadAsync("c.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));

        var home = HtmlHome();
        Assert.Contains("<th scope=\"row\"><a href=\"/regions/130000/\">河北省</a></th>\n<td class=\"num\">2</td>\n<td class=\"num\">2</td>", home, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><a href=\"/regions/370000/\">山东省</a></th>\n<td class=\"num\">1</td>\n<td class=\"num\">1</td>", home, StringComparison.Ordinal);
        Assert.Contains("共收录 3 个机关的 3 份年度报告。", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegionWithMoreAgenciesThanAPageHoldsIsPaged()
    {
        var pipeline = Pipeline(new SiteLimits(AgenciesPerPage: 1));
        await UploadAsync("a.json", SeedFiles.WeixianJson(), pipeline);
        await UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"), pipeline);

        Assert.Contains("/weixian-gov/", Page(SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
        Assert.Contains("/weixian-gov-office/", Page(SitePaths.RegionPage("130533", 2)), StringComparison.Ordinal);
        Assert.DoesNotContain("/weixian-gov-office/", Page(SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/regions/130533/2.html", Urls("sitemaps/130533.xml"));
    }

    [Fact]
    public async Task ARegionsSitemapSplitsIntoShardsOfTheConfiguredSize()
    {
        // 威县: its page, then per agency its page and one report: 1 + 2 + 2 = 5 URLs, 3 per shard.
        var pipeline = Pipeline(new SiteLimits(UrlsPerSitemap: 3));
        await UploadAsync("a.json", SeedFiles.WeixianJson(), pipeline);
        Assert.Equal(["sitemaps/000000.xml", "sitemaps/130000.xml", "sitemaps/130500.xml", "sitemaps/130533.xml", "sitemaps/data.xml"], ShardsInIndex());

        await UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"), pipeline);

        Assert.Equal(["sitemaps/000000.xml", "sitemaps/130000.xml", "sitemaps/130500.xml", "sitemaps/130533.xml", "sitemaps/130533-2.xml", "sitemaps/data.xml"], ShardsInIndex());
        Assert.Equal(3, Urls("sitemaps/130533.xml").Count);
        Assert.Equal(2, Urls("sitemaps/130533-2.xml").Count);
        Assert.Equal(
            ["http://127.0.0.1:8080/weixian-gov-office/", "http://127.0.0.1:8080/weixian-gov-office/2021/"],
            Urls("sitemaps/130533-2.xml"));
    }

    [Fact]
    public async Task AnAgencyThatMovesLeavesItsOldRegion()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        // The same agency's next report names 邢台市 itself (130500) as its region.
        var moved = System.Text.Json.Nodes.JsonNode.Parse(SeedFiles.WeixianJsonIn("weixian-gov-office", "威县人民政府办公室", "河北省邢台市", "130500"))!;
        moved["year"] = 2022;
        moved["publishDate"] = "2023-01-20";
        await UploadAsync("b.json", Encoding.UTF8.GetBytes(moved.ToJsonString()));

        Assert.DoesNotContain("/weixian-gov-office/", Page(SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
        Assert.Contains("/weixian-gov-office/", Page(SitePaths.RegionPage("130500", 1)), StringComparison.Ordinal);
        Assert.Contains("共收录 1 个机关的 2 份年度报告。", HtmlHome(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadReadsTheSameSummaryRowsHoweverManyAgenciesOtherCountiesHold()
    {
        var small = new RegionPagesTests();
        var large = new RegionPagesTests();
        foreach (var (site, others) in new[] { (small, 1), (large, 30) })
        {
            await site.UploadAsync("a.json", SeedFiles.WeixianJson());
            for (var i = 0; i < others; i++)
            {
                await site.UploadAsync($"w{i}.json", SeedFiles.WeixianJsonIn($"wendeng-{i}", $"文登区第{i}局", "山东省威海市文登区", "371003"));
            }
        }

        var rowsRead = new List<int>();
        foreach (var site in new[] { small, large })
        {
            var before = site._summaries.RowsRead;
            await site.UploadAsync("b.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));
            rowsRead.Add(site._summaries.RowsRead - before);
        }

        // The only difference is the feed, which reads one row per report until it holds 110 (29 more reports here);
        // the 29 agencies more in 文登区 are never read by an upload in 威县.
        Assert.Equal(rowsRead[0] + 29, rowsRead[1]);
        Assert.Contains("共收录 32 个机关的 32 份年度报告。", large.HtmlHome(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadIntoACountyChangesTheTotalsOfItsChainAndNothingElse()
    {
        var sibling = Divisions.Embedded.ChildrenOf("130500").First(d => d.Code != "130533");
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("b.json", SeedFiles.WeixianJsonIn("sibling-office", "邻县办公室", Divisions.Embedded.FullName(sibling.Code), sibling.Code));
        await UploadAsync("c.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        string[] chain = ["130533", "130500", "130000", Divisions.National];
        string[] others = [sibling.Code, "371003", "371000", "370000"];
        var rowsBefore = await RowsAsync([.. chain, .. others]);
        var before = await TotalsAsync([.. chain, .. others]);

        await UploadAsync("d.json", SeedFiles.WeixianJsonAs("weixian-gov", "威县人民政府"));

        var rowsAfter = await RowsAsync([.. chain, .. others]);
        var after = await TotalsAsync([.. chain, .. others]);
        Assert.Equal(
            ["000000/c~130000", "130000/c~130500", "130500/c~130533", "130533/a~weixian-gov"],
            rowsAfter.Keys.Union(rowsBefore.Keys).Where(k => rowsAfter.GetValueOrDefault(k) != rowsBefore.GetValueOrDefault(k)).Order(StringComparer.Ordinal));
        var cells = CellVector.Decode(LayoutVersion.V2021, CellVector.Encode(SampleReports.Weixian2021()))!;
        foreach (var code in chain)
        {
            var (was, now) = (Assert.Single(before[code]), Assert.Single(after[code]));
            Assert.Equal((2021, LayoutVersion.V2021, was.Reports + 1), (now.Year, now.Layout, now.Reports));
            Assert.Equal(was.Sums.Zip(cells, (w, c) => w + c), now.Sums);
        }

        foreach (var code in others)
        {
            Assert.Equal(before[code], after[code]);
        }

        // The county's page shows it: two reports of 2021, no agency without one.
        Assert.Contains("<th scope=\"row\">2021年</th>\n<td class=\"num\">2</td>\n<td class=\"num\">0</td>", Page(SitePaths.RegionPage("130533", 1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedRowFollowsItsEntryWhenTheSamePublicationChanges()
    {
        // The same content validated again (say once last year's report is in) keeps its publication time, so its
        // feed row keeps its key; what the row holds must still follow the entry.
        // 2021 first, then 2020: the report whose entry changes is not the agency's newest publication.
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("b.json", CanonicalJson.WriteUtf8(SampleReports.Weixian2021().WithYear(2020)));
        var entry = (await _stores.Index.GetAsync("weixian-gov-office", 2021, CancellationToken.None))!;
        var changed = entry with { Summary = entry.Summary with { WarningCount = entry.Summary.WarningCount + 2 }, ETag = null };
        var canonical = (await _stores.Index.ReadCanonicalAsync("weixian-gov-office", 2021, CancellationToken.None))!.Content!.Value;
        Assert.Equal(WriteResult.Written, await _stores.Index.SaveAsync(changed, canonical, entry.ETag, CancellationToken.None));

        await Pipeline().IndexPages.RefreshAsync(["weixian-gov-office"], CancellationToken.None);

        var key = SummaryRows.FeedKey("weixian-gov-office", 2021, entry.Summary.PublishedAt);
        var row = await _summaries.GetAsync(SummaryRows.FeedPartition, key, CancellationToken.None);
        Assert.Equal(SummaryRows.Write(changed.Summary), row?.Json);
        Assert.Equal(2, (await _summaries.ListAsync(SummaryRows.FeedPartition, CancellationToken.None)).Count);
    }

    private async Task<Dictionary<string, string>> RowsAsync(IEnumerable<string> partitions)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            foreach (var row in await _summaries.ListAsync(partition, CancellationToken.None))
            {
                rows[$"{partition}/{row.RowKey}"] = row.Json;
            }
        }

        return rows;
    }

    private async Task<Dictionary<string, ValueList<YearTotals>>> TotalsAsync(IEnumerable<string> codes)
    {
        var totals = new Dictionary<string, ValueList<YearTotals>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            totals[code] = SummaryRows.ReadListing(code, await _summaries.ListAsync(code, CancellationToken.None)).Totals().Years!;
        }

        return totals;
    }

    private PublishingPipeline Pipeline(SiteLimits? limits = null) =>
        new(_stores, new InMemorySiteManifestStore(), limits: limits);

    private async Task UploadAsync(string name, byte[] content, PublishingPipeline? pipeline = null)
    {
        _uploads.Put(name, content, DateTimeOffset.UnixEpoch.AddMinutes(_site.Writes));
        Assert.IsType<UploadOutcome.Accepted>(await (pipeline ?? Pipeline()).Processor.ProcessAsync(name, CancellationToken.None));
    }

    private string Page(string path) => Encoding.UTF8.GetString((_site[path] ?? throw new InvalidOperationException($"{path} was not written.")).Content.Span);

    private string HtmlHome() => Page(SitePaths.Home);

    private List<string> ShardsInIndex() =>
    [
        .. XDocument.Parse(Page(SitePaths.Sitemap)).Root!.Elements(Sitemap + "sitemap")
            .Select(s => s.Element(Sitemap + "loc")!.Value.Replace("http://127.0.0.1:8080/", "", StringComparison.Ordinal)),
    ];

    private List<string> Urls(string shard) =>
        [.. XDocument.Parse(Page(shard)).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)];
}
