using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Core.Tests.Publishing;

public class UploadProcessorTests
{
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly PublishingStores _stores;

    public UploadProcessorTests() =>
        _stores = new PublishingStores(_uploads, new InMemoryUploadLog(), _index, new InMemoryReportArchive(), new InMemoryRejectionStore(), _site);

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

    [Fact]
    public async Task AnswersMissingForAnUploadThatIsGone()
    {
        Assert.IsType<UploadOutcome.Missing>(await Processor().ProcessAsync("gone.json", CancellationToken.None));
        Assert.Equal(0, _site.Writes);
    }

    private UploadProcessor Processor()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        var publisher = new SiteFilePublisher(_site, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);
        return new UploadProcessor(
            _stores, renderer, publisher, new IndexPagePublisher(_index, renderer, publisher), TimeProvider.System,
            NullLogger<UploadProcessor>.Instance);
    }
}
