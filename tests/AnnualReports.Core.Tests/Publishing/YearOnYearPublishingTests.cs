using System.Text;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using AnnualReports.Trends;

namespace AnnualReports.Core.Tests.Publishing;

/// <summary>A report page compares with the year before however it was published: upload in either order, or regeneration.</summary>
public class YearOnYearPublishingTests
{
    private static readonly IReadOnlyList<AnnualReport> Reports = Rendering.SampleTrends.Reports();
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly InMemorySiteManifestStore _manifest = new();
    private readonly PublishingPipeline _pipeline;

    public YearOnYearPublishingTests() => _pipeline = new PublishingPipeline(
        new PublishingStores(_uploads, new InMemoryUploadLog(), _index, new InMemoryReportArchive(), new InMemoryRejectionStore(), _site, new InMemorySummaryStore()),
        _manifest,
        Renderer);

    private static AnnualReport Of2021 => Reports[2];

    private static AnnualReport Of2022 => Reports[3];

    private static string Agency => Of2021.Metadata.Agency.Id;

    [Fact]
    public async Task AReportUploadedAfterLastYearsIsComparedWithIt()
    {
        await UploadAsync(Of2021);
        await UploadAsync(Of2022);

        Assert.Equal(Expected(Of2022, Of2021), Page(2022));
    }

    [Fact]
    public async Task UploadingLastYearsReportLaterRefreshesThisYearsPage()
    {
        await UploadAsync(Of2022);
        Assert.Equal(Renderer.RenderReportPage(Of2022), Page(2022));

        await UploadAsync(Of2021);

        Assert.Equal(Expected(Of2022, Of2021), Page(2022));
    }

    [Fact]
    public async Task RegenerationComparesWithLastYearAndRendersThePageAgainWhenLastYearsDataChanges()
    {
        await UploadAsync(Of2021);
        await UploadAsync(Of2022);
        _site.Delete(SitePaths.ReportPage(Agency, 2022));

        var first = await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All with { Verify = true }, CancellationToken.None);

        Assert.Contains(SitePaths.ReportPage(Agency, 2022), first.Written);
        Assert.Equal(Expected(Of2022, Of2021), Page(2022));

        // Another 2021 in the table (as a newer upload would leave it): 2022's page is no longer current.
        var changed = Of2021.WithTable3(Table3Row.Received, ApplicantColumn.Total, (Of2021.Applications[Table3Row.Received].Total ?? 0) + 1);
        var canonical = CanonicalJson.WriteUtf8(changed);
        var entry = (await _index.GetAsync(Agency, 2021, CancellationToken.None))!;
        var summary = ReportSummary.From(changed, entry.Summary.PublishedAt, 0, ContentHash.Of(canonical));
        await _index.SaveAsync(entry with { Summary = summary, ETag = null }, canonical, entry.ETag, CancellationToken.None);

        var second = await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Contains(SitePaths.ReportPage(Agency, 2022), second.Written);
        Assert.Equal(Expected(Of2022, changed), Page(2022));
    }

    [Fact]
    public async Task RegenerationSavesTheFiguresOfAnEntrySavedWithoutThemAndTheAgencyPageShowsThem()
    {
        await UploadAsync(Of2021);
        await UploadAsync(Of2022);
        await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var entry = (await _index.GetAsync(Agency, 2021, CancellationToken.None))!;
        var canonical = (await _index.ReadCanonicalAsync(Agency, 2021, CancellationToken.None))!.Content!.Value;
        await _index.SaveAsync(entry with { Summary = entry.Summary with { Figures = null }, ETag = null }, canonical, entry.ETag, CancellationToken.None);
        await _pipeline.IndexPages.RefreshAsync([Agency], CancellationToken.None);
        Assert.Contains("无数据", AgencyPage(), StringComparison.Ordinal);

        // Verify: the agency page was rewritten after the last run's manifest.
        var run = await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All with { Verify = true }, CancellationToken.None);

        Assert.Empty(run.Failed);
        Assert.Equal(HeadlineFigures.From(Of2021), (await _index.GetAsync(Agency, 2021, CancellationToken.None))?.Summary.Figures);
        Assert.DoesNotContain("无数据", AgencyPage(), StringComparison.Ordinal);
        Assert.Equal(Expected(Of2022, Of2021), Page(2022));
    }

    private string AgencyPage() => Encoding.UTF8.GetString(_site[SitePaths.AgencyPage(Agency)]!.Content.Span);

    private static string Expected(AnnualReport report, AnnualReport previous) =>
        Renderer.RenderReportPage(report, PreviousYearFigures.From(previous, ContentHash.Of(CanonicalJson.WriteUtf8(previous))));

    private string Page(int year) => Encoding.UTF8.GetString(_site[SitePaths.ReportPage(Agency, year)]!.Content.Span);

    private async Task UploadAsync(AnnualReport report)
    {
        var name = $"{Agency}/{report.Metadata.Year}.json";
        _uploads.Put(name, CanonicalJson.WriteUtf8(report), DateTimeOffset.UnixEpoch.AddDays(report.Metadata.Year - 2000));
        Assert.IsType<UploadOutcome.Accepted>(await _pipeline.Processor.ProcessAsync(name, CancellationToken.None));
    }
}
