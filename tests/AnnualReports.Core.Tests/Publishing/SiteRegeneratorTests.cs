using AnnualReports.OpenData;
using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.Publishing;

public class SiteRegeneratorTests
{
    private static readonly string[] Agencies = ["agency-a", "agency-b", "agency-c"];

    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly InMemoryReportArchive _archive = new();
    private readonly CountingArchive _countingArchive;
    private readonly InMemorySiteManifestStore _manifest = new();
    private readonly PublishingStores _stores;

    public SiteRegeneratorTests()
    {
        _countingArchive = new CountingArchive(_archive);
        _stores = new PublishingStores(_uploads, new InMemoryUploadLog(), _index, _countingArchive, new InMemoryRejectionStore(), _site, new InMemorySummaryStore());
    }

    [Fact]
    public async Task AWholeSiteWithNothingChangedIsNeitherRewrittenNorListedNorRead()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);
        await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var (writes, listings, manifestWrites) = (_site.Writes, _site.Listings, _manifest.Writes);

        var summary = await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Written);
        Assert.Empty(summary.Failed);
        Assert.Equal(3, summary.Reports);
        Assert.Equal((writes, listings, manifestWrites, 0), (_site.Writes, _site.Listings, _manifest.Writes, _countingArchive.Reads));
    }

    [Fact]
    public async Task TheFirstWholeSiteRunListsTheSiteOnceAndSavesWhatItFoundAsTheManifest()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);

        var summary = await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        // Only what uploads never write: the site-wide open data files and the pages describing them.
        Assert.Equal(
            [DataPaths.Dictionary, DataPaths.Manifest, DataPaths.Csv, DataPaths.Json, DataPaths.Sitemap],
            summary.Written.Order(StringComparer.Ordinal));
        Assert.Equal(1, _site.Listings);
        var saved = Assert.IsAssignableFrom<IReadOnlyDictionary<string, PageVersion>>(_manifest.Versions);
        var listed = await _site.ListVersionsAsync("", CancellationToken.None);
        Assert.Equal(listed!.OrderBy(v => v.Key, StringComparer.Ordinal), saved.OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task RewritesEveryReportPageButNoDataFileWhenTheReportTemplateChanges()
    {
        await PublishAsync(new SiteRenderer(SiteOptions.Local), Agencies);
        await Regenerator(new SiteRenderer(SiteOptions.Local)).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var readsBefore = _countingArchive.Reads;

        var summary = await Regenerator(ChangedRenderer()).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Equal(Agencies.Select(a => SitePaths.ReportPage(a, 2021)).Order(StringComparer.Ordinal), summary.Written);
        Assert.Contains("新版", Text(_site[SitePaths.ReportPage("agency-b", 2021)]), StringComparison.Ordinal);
        Assert.Equal(readsBefore, _countingArchive.Reads);
    }

    [Fact]
    public async Task AnUploadAfterTheManifestWasSavedIsNotLostWhenTheNextRunTrustsIt()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);
        await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        _uploads.Put("agency-a-v2.json", SeedFiles.WeixianJsonAs("agency-a", "新名称机关"), DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.IsType<UploadOutcome.Accepted>(await new PublishingPipeline(_stores, _manifest, renderer).Processor.ProcessAsync("agency-a-v2.json", CancellationToken.None));

        var summary = await Regenerator(ChangedRenderer()).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Failed);
        var page = Text(_site[SitePaths.ReportPage("agency-a", 2021)]);
        Assert.Contains("新名称机关", page, StringComparison.Ordinal);
        Assert.Contains("新版", page, StringComparison.Ordinal);
        Assert.Contains("新名称机关", Text(_site[SitePaths.RegionPage("130533", 1)]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerifiedRunRestoresAPageDeletedByHandThatATrustingRunTakesOnTrust()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);
        await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var page = SitePaths.ReportPage("agency-c", 2021);
        _site.Delete(page);

        await Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        Assert.Null(_site[page]);
        var summary = await Regenerator(renderer).RegenerateAsync(RegenerationScope.All with { Verify = true }, CancellationToken.None);

        Assert.Equal([page], summary.Written);
        Assert.NotNull(_site[page]);
    }

    [Fact]
    public async Task OneReportIsAlwaysCheckedAgainstTheSiteItself()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);
        var page = SitePaths.ReportPage("agency-b", 2021);
        _site.Delete(page);

        var summary = await Regenerator(renderer).RegenerateAsync(new RegenerationScope("agency-b", 2021), CancellationToken.None);

        Assert.Equal([page], summary.Written);
        Assert.Equal(1, summary.Reports);
    }

    [Fact]
    public async Task ListsEveryAgencyOnItsRegionPageAfterRegeneratingAnEmptySite()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        await PublishAsync(renderer, Agencies);
        var emptySite = new InMemorySiteStore();

        await new PublishingPipeline(_stores with { Site = emptySite }, new InMemorySiteManifestStore(), renderer)
            .Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        // The seed's agencies sit in 威县 (130533); the home page lists 河北省 with their count.
        var county = Text(emptySite[SitePaths.RegionPage("130533", 1)]);
        Assert.All(Agencies, a => Assert.Contains(SitePaths.AgencyUrl(a), county, StringComparison.Ordinal));
        Assert.Contains("<th scope=\"row\"><a href=\"/regions/130000/\">河北省</a></th>\n<td class=\"num\">3</td>", Text(emptySite[SitePaths.Home]), StringComparison.Ordinal);
        Assert.All(Agencies, a => Assert.Equal(_site[SitePaths.ReportPage(a, 2021)]!.Hash, emptySite[SitePaths.ReportPage(a, 2021)]?.Hash));
    }

    [Fact]
    public async Task StreamsTheDataOfManyReportsFromTheTable()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        string[] agencies = [.. Enumerable.Range(1, SiteRegenerator.StreamThreshold + 6).Select(i => $"agency-{i:000}")];
        await PublishAsync(renderer, agencies);
        var emptySite = new InMemorySiteStore();

        var summary = await new PublishingPipeline(_stores with { Site = emptySite }, new InMemorySiteManifestStore(), renderer)
            .Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Failed);
        Assert.Equal(agencies.Length, summary.Reports);
        Assert.All(agencies, a => Assert.Equal(_site[SitePaths.ReportPage(a, 2021)]!.Hash, emptySite[SitePaths.ReportPage(a, 2021)]?.Hash));
        Assert.Equal(0, _countingArchive.Reads);
    }

    [Fact]
    public async Task ReadsTheArchiveForAReportTooLargeToKeepInTheTable()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        _index.MaxCanonicalBytes = 0;
        await PublishAsync(renderer, Agencies);
        var emptySite = new InMemorySiteStore();
        var readsBefore = _countingArchive.Reads;

        var summary = await new PublishingPipeline(_stores with { Site = emptySite }, new InMemorySiteManifestStore(), renderer)
            .Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Failed);
        // Once to render each report, then twice for the open data files: the site-wide files and its region's.
        Assert.Equal(3 * Agencies.Length, _countingArchive.Reads - readsBefore);
        Assert.All(Agencies, a => Assert.Equal(_site[SitePaths.ReportData(a, 2021)]!.Hash, emptySite[SitePaths.ReportData(a, 2021)]?.Hash));
    }

    [Fact]
    public async Task ReportsAReportWhoseArchivedDataNoLongerMatchesItsHashAndGoesOnWithTheRest()
    {
        var renderer = new SiteRenderer(SiteOptions.Local);
        _index.MaxCanonicalBytes = 0;
        await PublishAsync(renderer, Agencies);
        var hash = (await _index.GetAsync("agency-b", 2021, CancellationToken.None))!.Summary.ContentHash;
        _archive.Corrupt("agency-b", 2021, hash, Encoding.UTF8.GetBytes("{}"));
        var emptySite = new InMemorySiteStore();

        var summary = await new PublishingPipeline(_stores with { Site = emptySite }, new InMemorySiteManifestStore(), renderer)
            .Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        var failure = Assert.Single(summary.Failed);
        Assert.Equal(SitePaths.ReportUrl("agency-b", 2021), failure.Report);
        Assert.Contains(hash, failure.Reason, StringComparison.Ordinal);
        Assert.Null(emptySite[SitePaths.ReportPage("agency-b", 2021)]);
        Assert.NotNull(emptySite[SitePaths.ReportPage("agency-c", 2021)]);
    }

    private static SiteRenderer ChangedRenderer()
    {
        var templates = TemplateSet.Embedded();
        return new SiteRenderer(SiteOptions.Local, templates.With("report.liquid", templates["report.liquid"] + "<p>新版</p>\n"));
    }

    private static string Text(SiteFile? file) => Encoding.UTF8.GetString(Assert.IsType<SiteFile>(file).Content.Span);

    private async Task PublishAsync(SiteRenderer renderer, IEnumerable<string> agencies)
    {
        var pipeline = new PublishingPipeline(_stores, _manifest, renderer);
        foreach (var agency in agencies)
        {
            _uploads.Put($"{agency}.json", SeedFiles.WeixianJsonAs(agency), DateTimeOffset.UnixEpoch);
            Assert.IsType<UploadOutcome.Accepted>(await pipeline.Processor.ProcessAsync($"{agency}.json", CancellationToken.None));
        }

        // As the RefreshRegionData timer leaves the site after uploads.
        await pipeline.RegionData.RefreshDueAsync(CancellationToken.None);
    }

    private SiteRegenerator Regenerator(SiteRenderer renderer) => new PublishingPipeline(_stores, _manifest, renderer).Regenerator;

    /// <summary>The archive, counting how many canonical data files are downloaded.</summary>
    private sealed class CountingArchive(IReportArchive inner) : IReportArchive
    {
        private int _reads;

        public int Reads => _reads;

        public Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken) =>
            inner.ArchiveAsync(agencyId, year, canonicalJson, original, cancellationToken);

        public Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, string contentHash, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadCanonicalAsync(agencyId, year, contentHash, cancellationToken);
        }
    }
}
