using AnnualReports.Findings;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>Every page kind pinned by a reviewed golden file (refresh with UPDATE_GOLDEN=1).</summary>
public class SiteRendererGoldenTests
{
    private static readonly SiteRenderer Renderer = new(new SiteOptions("https://reports.example.cn"));

    [Fact]
    public void SeedReportPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("weixian-2021.html", Renderer.RenderReportPage(SampleReports.Weixian2021()));

    [Fact]
    public void ReportPageIn2019LayoutMatchesItsGoldenFile() =>
        GoldenFile.Verify("sample-2019.html", Renderer.RenderReportPage(SampleReports.Sample2019()));

    [Fact]
    public void HomePageMatchesItsGoldenFile() =>
        GoldenFile.Verify("index.html", Renderer.RenderHomePage(SampleSummaries.All()));

    [Fact]
    public void AgencyPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("agency-weixian-gov-office.html", Renderer.RenderAgencyPage("weixian-gov-office", SampleSummaries.All()));

    [Fact]
    public void NotFoundPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("404.html", Renderer.RenderNotFoundPage());

    [Fact]
    public void SitemapMatchesItsGoldenFile() =>
        GoldenFile.Verify("sitemap.xml", Renderer.RenderSitemap(SampleSummaries.All()));

    [Fact]
    public void FeedMatchesItsGoldenFile() =>
        GoldenFile.Verify("feed.xml", Renderer.RenderFeed(SampleSummaries.All()));

    [Fact]
    public void RejectionPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("rejection.html", Renderer.RenderRejectionPage("weixian-2021.yaml", SampleFindings.Two()));
}
