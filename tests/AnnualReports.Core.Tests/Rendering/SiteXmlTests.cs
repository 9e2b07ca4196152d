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
    public void SitemapListsHomeEveryAgencyAndEveryReportWithAbsoluteUrls()
    {
        var summaries = SampleSummaries.All();
        var urls = XDocument.Parse(Renderer.RenderSitemap(summaries)).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);

        Assert.Equal(1 + 3 + summaries.Count, urls.Count);
        Assert.Contains("https://reports.example.cn/", urls.Keys);
        Assert.All(summaries, s => Assert.Equal(CellText.Utc(s.PublishedAt), urls["https://reports.example.cn" + s.Url]));
        Assert.Contains("https://reports.example.cn/weixian-gov-office/", urls.Keys);
    }

    [Fact]
    public void AnEmptySiteStillHasAValidFeed()
    {
        var feed = XDocument.Parse(Renderer.RenderFeed([])).Root!;

        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal(CellText.Utc(DateTimeOffset.UnixEpoch), feed.Element(Atom + "updated")!.Value);
    }
}
