using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AnnualReports.Browser.Tests;

/// <summary>A region page's totals (地区汇总) in a real browser: charts visible at phone width, kept in print, no CSP violation.</summary>
[Collection(UsesBrowser.Name)]
public class RegionTotalsTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string RegionPath = "/regions/130533/";

    [Fact]
    public async Task AtPhoneWidthTheTotalsChartsAreVisibleAndThePageDoesNotScrollSideways()
    {
        var (page, errors) = await browser.OpenPageAsync(width: 375, height: 812);
        await page.GotoAsync(RegionPath);
        await page.Locator("section.region-totals").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "region-totals-375px", output);

        var charts = page.Locator("section.region-totals svg.chart-svg");
        var count = await charts.CountAsync();
        Assert.InRange(count, 1, 20);
        for (var i = 0; i < count; i++)
        {
            var box = await charts.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.Width, 100, 375);
        }

        Assert.True(await page.Locator("section.region-totals table.table3").IsVisibleAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PrintingKeepsTheTotalsTablesAndCharts()
    {
        var (page, errors) = await browser.OpenPageAsync();
        await page.GotoAsync(RegionPath);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("section.region-totals svg.chart-svg").First.IsVisibleAsync());
        Assert.True(await page.Locator("#region-totals-table").IsVisibleAsync());
        Assert.True(await page.Locator("section.region-totals table.table2").IsVisibleAsync());
        Assert.Empty(errors);
    }
}
