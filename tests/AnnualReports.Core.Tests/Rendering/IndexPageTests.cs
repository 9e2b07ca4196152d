using AnnualReports.Regions;
using AnnualReports.Rendering;

namespace AnnualReports.Core.Tests.Rendering;

public class IndexPageTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void HomePageListsTheProvincesWithTheirCountsAndTheCentralAgencies()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderRegionPage(SampleListings.Nation(), 1, 100));
        var regions = document.QuerySelectorAll("#regions ~ div table tbody tr").ToList();
        var agencies = document.QuerySelectorAll("#agencies ~ div table tbody tr").ToList();

        var province = Assert.Single(regions);
        Assert.Equal(["河北省", "2", "3"], province.Children.Select(c => c.TextContent));
        Assert.Equal("/regions/130000/", province.QuerySelector("a")!.GetAttribute("href"));
        var central = Assert.Single(agencies);
        // The 2020 variant of the 2019 sample: 表三 本年新收 13, 办理结果总计 13; 表四 复议、诉讼 2.
        Assert.Equal(["示例县自然资源局", "政府部门", "2020年", "13", "13", "2", "2019年"], central.Children.Select(c => c.TextContent));
        Assert.Equal("共收录 3 个机关的 5 份年度报告。", document.QuerySelector("p.lead")!.TextContent);
    }

    [Fact]
    public void ARegionPageListsItsOwnAgenciesByNameWithTheirLatestReportFirst()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderRegionPage(SampleListings.County(), 1, 100));
        var rows = document.QuerySelectorAll("table.list-table:not(.trend-table) tbody tr").ToList();

        Assert.Equal("河北省邢台市威县", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["威县人民政府", "威县人民政府办公室"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("/weixian-gov-office/2022/", rows[1].QuerySelectorAll("td a")[0].GetAttribute("href"));
        Assert.Equal("/weixian-gov-office/2021/", rows[1].QuerySelectorAll("td a")[1].GetAttribute("href"));
        Assert.Equal(["首页", "河北省", "邢台市", "威县"], document.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/regions/130500/", document.QuerySelectorAll("nav.breadcrumb a")[2].GetAttribute("href"));
        Assert.Null(document.QuerySelector("nav.pager"));
    }

    [Fact]
    public void LongListsArePagedAtTheConfiguredSizeAndThePagesLinkEachOther()
    {
        var first = HtmlTableGrid.Parse(Renderer.RenderRegionPage(SampleListings.County(), 1, 1));
        var second = HtmlTableGrid.Parse(Renderer.RenderRegionPage(SampleListings.County(), 2, 1));

        Assert.Equal(2, SiteRenderer.RegionPageCount(SampleListings.County(), 1));
        Assert.Equal(1, SiteRenderer.RegionPageCount(SampleListings.County(), 2));
        Assert.Equal(["威县人民政府"], first.QuerySelectorAll("table.list-table:not(.trend-table) tbody th").Select(th => th.TextContent));
        Assert.Equal(["威县人民政府办公室"], second.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal("/regions/130533/2.html", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Equal("/regions/130533/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("2", second.QuerySelector("nav.pager li[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void TheNationsSecondPageIsNotTheHomePage()
    {
        var nation = SampleListings.Nation() with { Agencies = [SampleListings.Agency("example-county-natural-resources"), SampleListings.Agency("weixian-gov")] };
        var second = HtmlTableGrid.Parse(Renderer.RenderRegionPage(nation, 2, 1));

        Assert.Equal("全国", second.QuerySelector("h1")!.TextContent);
        Assert.Empty(second.QuerySelectorAll("#regions"));
        Assert.Equal("/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void RegionPagesAreTheSameWhateverOrderTheRowsComeIn()
    {
        var county = SampleListings.County();
        var reversed = county with { Agencies = [.. county.Agencies.Reverse()] };

        Assert.Equal(Renderer.RenderRegionPage(county, 1, 100), Renderer.RenderRegionPage(reversed, 1, 100));
        Assert.Equal(Renderer.RenderFeed(SampleSummaries.All()), Renderer.RenderFeed([.. SampleSummaries.All().Reverse()]));
    }

    [Fact]
    public void HomePageWithNoReportsSaysSo() =>
        Assert.Contains("尚未发布任何年度报告", Renderer.RenderRegionPage(RegionListing.Empty(Divisions.National), 1, 100), StringComparison.Ordinal);

    [Fact]
    public void AgencyPageListsOnlyItsOwnReportsByYearNewestFirstUnderItsRegionChain()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderAgencyPage("weixian-gov-office", SampleSummaries.All()));

        Assert.Equal(["2022年", "2021年"], document.QuerySelectorAll("#reports-caption ~ tbody th").Select(th => th.TextContent));
        Assert.Equal("威县人民政府办公室", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["首页", "河北省", "邢台市", "威县", "威县人民政府办公室"], document.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/regions/130533/", document.QuerySelectorAll("nav.breadcrumb a")[3].GetAttribute("href"));
    }

    [Fact]
    public void AgencyPageOfAnAgencyWithoutReportsIsRefused() =>
        Assert.Throws<ArgumentException>(() => Renderer.RenderAgencyPage("nobody", SampleSummaries.All()));

    [Fact]
    public void NotFoundPageIsChineseAndLinksHome()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderNotFoundPage());

        Assert.Equal("页面不存在", document.QuerySelector("h1")!.TextContent);
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
        Assert.NotNull(document.QuerySelector("meta[name=robots][content=noindex]"));
    }
}
