using System.Xml.Linq;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

public class SiteXmlTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteRenderer Renderer = new(new SiteOptions("https://reports.example.cn/"));

    [Fact]
    public void FeedIsUpdatedWhenItsNewestEntryWasPublished()
    {
        var summaries = SampleSummaries.All();
        var feed = XDocument.Parse(Renderer.RenderFeed(summaries)).Root!;
        var newest = summaries.Max(s => s.PublishedAt);

        Assert.Equal(CellText.Utc(newest), feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(summaries.Count, entries.Count);
        Assert.Equal(
            summaries.OrderByDescending(s => s.PublishedAt).Select(s => CellText.Utc(s.PublishedAt)),
            entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.All(entries, e => Assert.StartsWith("https://reports.example.cn/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void FeedEscapesMarkupInReportText()
    {
        var report = SampleSummaries.Renamed(SampleReports.Weixian2021(), "tricky", "A&B<script>", AgencyKind.Department);
        var summary = ReportSummary.From(report, SampleSummaries.SeedPublishedAt, 0, "h");

        var xml = Renderer.RenderFeed([summary]);

        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.Equal("A&B<script>", XDocument.Parse(xml).Root!.Element(Atom + "entry")!.Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public void ASitemapShardListsAbsoluteUrlsWithTheLastChangeWhereKnown()
    {
        var xml = Renderer.RenderSitemapShard([new SitemapUrl("/regions/130533/", null), new SitemapUrl("/weixian-gov/2021/", SampleSummaries.SeedPublishedAt)]);
        var urls = XDocument.Parse(xml).Root!.Elements(Sitemap + "url").ToList();

        Assert.Equal(["https://reports.example.cn/regions/130533/", "https://reports.example.cn/weixian-gov/2021/"], urls.Select(u => u.Element(Sitemap + "loc")!.Value));
        Assert.Null(urls[0].Element(Sitemap + "lastmod"));
        Assert.Equal(CellText.Utc(SampleSummaries.SeedPublishedAt), urls[1].Element(Sitemap + "lastmod")!.Value);
    }

    [Fact]
    public void TheSitemapIndexNamesEachShardByAbsoluteUrl()
    {
        var root = XDocument.Parse(Renderer.RenderSitemapIndex(["sitemaps/000000.xml", "sitemaps/130533-2.xml"])).Root!;

        Assert.Equal(Sitemap + "sitemapindex", root.Name);
        Assert.Equal(["https://reports.example.cn/sitemaps/000000.xml", "https://reports.example.cn/sitemaps/130533-2.xml"],
            root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
    }

    [Fact]
    public void TheFeedListsAtMostTheConfiguredNumberOfReportsNewestFirst()
    {
        var feed = XDocument.Parse(Renderer.RenderFeed(SampleSummaries.All(), 2)).Root!;

        Assert.Equal(["https://reports.example.cn/weixian-gov-office/2022/", "https://reports.example.cn/weixian-gov/2021/"],
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public void AnEmptySiteStillHasAValidFeed()
    {
        var feed = XDocument.Parse(Renderer.RenderFeed([])).Root!;

        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal(CellText.Utc(DateTimeOffset.UnixEpoch), feed.Element(Atom + "updated")!.Value);
    }
}
