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
        GoldenFile.Verify("index.html", Renderer.RenderRegionPage(SampleListings.Nation(), 1, 100));

    [Fact]
    public void RegionPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("region-130533-2.html", Renderer.RenderRegionPage(SampleListings.County(), 2, 1));

    [Fact]
    public void AgencyPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("agency-weixian-gov-office.html", Renderer.RenderAgencyPage("weixian-gov-office", SampleSummaries.All()));

    [Fact]
    public void NotFoundPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("404.html", Renderer.RenderNotFoundPage());

    [Fact]
    public void SitemapIndexMatchesItsGoldenFile() =>
        GoldenFile.Verify("sitemap.xml", Renderer.RenderSitemapIndex(["sitemaps/000000.xml", "sitemaps/130533.xml", "sitemaps/130533-2.xml"]));

    [Fact]
    public void SitemapShardMatchesItsGoldenFile() =>
        GoldenFile.Verify("sitemap-shard.xml", Renderer.RenderSitemapShard(
            [new SitemapUrl("/regions/130533/", null), new SitemapUrl("/weixian-gov/", SampleSummaries.SeedPublishedAt), new SitemapUrl("/weixian-gov/2021/", SampleSummaries.SeedPublishedAt)]));

    [Fact]
    public void FeedMatchesItsGoldenFile() =>
        GoldenFile.Verify("feed.xml", Renderer.RenderFeed(SampleSummaries.All()));

    [Fact]
    public void RejectionPageMatchesItsGoldenFile() =>
        GoldenFile.Verify("rejection.html", Renderer.RenderRejectionPage("weixian-2021.yaml", SampleFindings.Two()));
}
