using System.Text;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.Publishing;

public class UploadProcessorTests
{
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly InMemoryReportArchive _archive = new();
    private readonly PublishingStores _stores;

    public UploadProcessorTests() =>
        _stores = new PublishingStores(_uploads, new InMemoryUploadLog(), _index, _archive, new InMemoryRejectionStore(), _site, new InMemorySummaryStore());

    [Fact]
    public async Task WritesTheReportPageBeforeAnyIndexPageLinksToIt()
    {
        _uploads.Put("a.json", CanonicalJson.WriteUtf8(SampleReports.Weixian2021()), DateTimeOffset.UnixEpoch);
        var reportPage = SitePaths.ReportPage("weixian-gov-office", 2021);
        var missingWhenIndexed = new List<string>();
        _site.BeforeWrite = path =>
        {
            if (path is SitePaths.Home or SitePaths.Sitemap or SitePaths.Feed or "weixian-gov-office/index.html" && _site[reportPage] is null)
            {
                missingWhenIndexed.Add(path);
            }

            return Task.CompletedTask;
        };

        var outcome = await Processor().ProcessAsync("a.json", CancellationToken.None);

        Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.NotNull(_site[SitePaths.Home]);
        Assert.Empty(missingWhenIndexed);
    }

    [Fact]
    public async Task AnOlderUploadNeverReplacesANewerOne()
    {
        var seed = CanonicalJson.WriteUtf8(SampleReports.Weixian2021());
        _uploads.Put("newer.json", seed, DateTimeOffset.UnixEpoch.AddDays(2));
        _uploads.Put("older.json", seed, DateTimeOffset.UnixEpoch.AddDays(1));
        await Processor().ProcessAsync("newer.json", CancellationToken.None);

        var outcome = await Processor().ProcessAsync("older.json", CancellationToken.None);

        Assert.Equal("newer.json", Assert.IsType<UploadOutcome.Superseded>(outcome).NewerUpload);
        Assert.Equal("newer.json", (await _index.GetAsync("weixian-gov-office", 2021, CancellationToken.None))?.SourceUpload);
    }

    [Theory]
    [InlineData("weixian-gov-office/scan.png")]
    [InlineData("weixian-gov-office/figures.xlsx")]
    [InlineData("weixian-gov-office/report")]
    public async Task AnUploadOfAnUnsupportedTypeIsRejectedWithUType(string name)
    {
        _uploads.Put(name, CanonicalJson.WriteUtf8(SampleReports.Weixian2021()), DateTimeOffset.UnixEpoch);

        var outcome = await Processor().ProcessAsync(name, CancellationToken.None);

        var finding = Assert.Single(Assert.IsType<UploadOutcome.Rejected>(outcome).Findings);
        Assert.Equal("U-TYPE", finding.RuleId);
        Assert.Contains(".docx", finding.MessageEn, StringComparison.Ordinal);
        Assert.Null(_site[SitePaths.Home]);
    }

    [Fact]
    public async Task AnswersMissingForAnUploadThatIsGone()
    {
        Assert.IsType<UploadOutcome.Missing>(await Processor().ProcessAsync("gone.json", CancellationToken.None));
        Assert.Equal(0, _site.Writes);
    }

    [Fact]
    public async Task TheSiteEndsAsTheTableSaysWhenAnOlderUploadWritesItsPageAfterTheNewerOneWasPublished()
    {
        _uploads.Put("older.json", SeedFiles.WeixianJsonAs("weixian-gov-office", "旧名称"), DateTimeOffset.UnixEpoch.AddDays(1));
        _uploads.Put("newer.json", SeedFiles.WeixianJsonAs("weixian-gov-office", "新名称"), DateTimeOffset.UnixEpoch.AddDays(2));
        var reportPage = SitePaths.ReportPage("weixian-gov-office", 2021);
        var raced = false;
        _site.BeforeWrite = async path =>
        {
            if (path == reportPage && !raced)
            {
                // The older upload is about to write its page: the newer one runs to the end first, on another instance.
                raced = true;
                Assert.IsType<UploadOutcome.Accepted>(await Processor().ProcessAsync("newer.json", CancellationToken.None));
            }
        };

        var outcome = await Processor().ProcessAsync("older.json", CancellationToken.None);

        Assert.Equal("newer.json", Assert.IsType<UploadOutcome.Superseded>(outcome).NewerUpload);
        var entry = await _index.GetAsync("weixian-gov-office", 2021, CancellationToken.None);
        Assert.Equal("newer.json", entry?.SourceUpload);
        Assert.Contains("新名称", Encoding.UTF8.GetString(_site[reportPage]!.Content.Span), StringComparison.Ordinal);
        Assert.Equal(entry!.Summary.ContentHash, _site[SitePaths.ReportData("weixian-gov-office", 2021)]?.Hash);
    }

    [Fact]
    public async Task KeepsTheCanonicalDataWithTheTableEntryAndInTheArchive()
    {
        var seed = CanonicalJson.WriteUtf8(SampleReports.Weixian2021());
        _uploads.Put("a.json", seed, DateTimeOffset.UnixEpoch);

        await Processor().ProcessAsync("a.json", CancellationToken.None);

        var stored = await _index.ReadCanonicalAsync("weixian-gov-office", 2021, CancellationToken.None);
        Assert.Equal(ContentHash.Of(seed), stored?.ContentHash);
        Assert.Equal(seed, stored?.Content?.ToArray());
        Assert.Equal(seed, (await _archive.ReadCanonicalAsync("weixian-gov-office", 2021, ContentHash.Of(seed), CancellationToken.None))?.ToArray());
    }

    private UploadProcessor Processor() => new PublishingPipeline(_stores, new InMemorySiteManifestStore()).Processor;
}
