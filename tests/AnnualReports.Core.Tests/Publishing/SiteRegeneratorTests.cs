using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Core.Tests.Publishing;

public class SiteRegeneratorTests
{
    private static readonly string[] Agencies = ["agency-a", "agency-b", "agency-c"];

    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly CountingArchive _archive = new(new InMemoryReportArchive());
    private readonly PublishingStores _stores;

    public SiteRegeneratorTests() =>
        _stores = new PublishingStores(_uploads, new InMemoryUploadLog(), _index, _archive, new InMemoryRejectionStore(), _site);

    [Fact]
    public async Task AWholeSiteWithNothingChangedIsNeitherRewrittenNorReadFromTheArchive()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer);
        var (writes, reads) = (_site.Writes, _archive.Reads);

        var summary = await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Written);
        Assert.Empty(summary.Failed);
        Assert.Equal((writes, reads), (_site.Writes, _archive.Reads));
    }

    [Fact]
    public async Task RewritesEveryReportPageButNoDataFileWhenTheReportTemplateChanges()
    {
        await PublishAsync(new SiteRenderer(SiteOptions.Local));
        var templates = TemplateSet.Embedded();
        var changed = new SiteRenderer(SiteOptions.Local, templates.With("report.liquid", templates["report.liquid"] + "<p>新版</p>\n"));

        var summary = await Regenerator(changed).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Equal(Agencies.Select(a => SitePaths.ReportPage(a, 2021)).Order(StringComparer.Ordinal), summary.Written);
        Assert.Contains("新版", System.Text.Encoding.UTF8.GetString(_site[SitePaths.ReportPage("agency-b", 2021)]!.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsEveryAgencyOnTheHomePageAfterRegeneratingAnEmptySite()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer);
        var emptySite = new InMemorySiteStore();
        var publisher = new SiteFilePublisher(emptySite, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);
        var regenerator = new SiteRegenerator(
            _index, _archive, renderer, publisher, new IndexPagePublisher(_index, renderer, publisher), NullLogger<SiteRegenerator>.Instance);

        await regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        var home = System.Text.Encoding.UTF8.GetString(emptySite[SitePaths.Home]!.Content.Span);
        Assert.All(Agencies, a => Assert.Contains(SitePaths.AgencyUrl(a), home, StringComparison.Ordinal));
        Assert.All(Agencies, a => Assert.NotNull(emptySite[SitePaths.ReportPage(a, 2021)]));
    }

    private async Task PublishAsync(SiteRenderer renderer)
    {
        var publisher = new SiteFilePublisher(_site, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);
        var processor = new UploadProcessor(
            _stores, renderer, publisher, new IndexPagePublisher(_index, renderer, publisher), TimeProvider.System, NullLogger<UploadProcessor>.Instance);
        foreach (var agency in Agencies)
        {
            _uploads.Put($"{agency}.json", SeedFiles.WeixianJsonAs(agency), DateTimeOffset.UnixEpoch);
            Assert.IsType<UploadOutcome.Accepted>(await processor.ProcessAsync($"{agency}.json", CancellationToken.None));
        }
    }

    private SiteRegenerator Regenerator(SiteRenderer renderer)
    {
        var publisher = new SiteFilePublisher(_site, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);
        return new SiteRegenerator(
            _index, _archive, renderer, publisher, new IndexPagePublisher(_index, renderer, publisher), NullLogger<SiteRegenerator>.Instance);
    }

    /// <summary>The archive, counting how many canonical data files are downloaded.</summary>
    private sealed class CountingArchive(IReportArchive inner) : IReportArchive
    {
        private int _reads;

        public int Reads => _reads;

        public Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken) =>
            inner.ArchiveAsync(agencyId, year, canonicalJson, original, cancellationToken);

        public Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadCanonicalAsync(agencyId, year, cancellationToken);
        }

        public Task<IReadOnlyDictionary<(string AgencyId, int Year), string>?> ListCanonicalHashesAsync(string? agencyId, CancellationToken cancellationToken) =>
            inner.ListCanonicalHashesAsync(agencyId, cancellationToken);
    }
}
