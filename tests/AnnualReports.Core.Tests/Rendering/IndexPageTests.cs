using AnnualReports.Rendering;

namespace AnnualReports.Core.Tests.Rendering;

public class IndexPageTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void HomePageListsEveryAgencyWithItsLatestReportFirst()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderHomePage(SampleSummaries.All()));
        var rows = document.QuerySelectorAll("table.list-table tbody tr").ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["威县人民政府办公室", "威县人民政府", "示例县自然资源局"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("/weixian-gov-office/2022/", rows[0].QuerySelectorAll("td a")[0].GetAttribute("href"));
        Assert.Equal("/weixian-gov-office/2021/", rows[0].QuerySelectorAll("td a")[1].GetAttribute("href"));
    }

    [Fact]
    public void HomePageIsTheSameWhateverOrderTheSummariesComeIn()
    {
        var summaries = SampleSummaries.All();

        Assert.Equal(Renderer.RenderHomePage(summaries), Renderer.RenderHomePage([.. summaries.Reverse()]));
        Assert.Equal(Renderer.RenderFeed(summaries), Renderer.RenderFeed([.. summaries.Reverse()]));
        Assert.Equal(Renderer.RenderSitemap(summaries), Renderer.RenderSitemap([.. summaries.Reverse()]));
    }

    [Fact]
    public void HomePageWithNoReportsSaysSo() =>
        Assert.Contains("尚未发布任何年度报告", Renderer.RenderHomePage([]), StringComparison.Ordinal);

    [Fact]
    public void AgencyPageListsOnlyItsOwnReportsByYearNewestFirst()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderAgencyPage("weixian-gov-office", SampleSummaries.All()));

        Assert.Equal(["2022年", "2021年"], document.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal("威县人民政府办公室", document.QuerySelector("h1")!.TextContent);
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
