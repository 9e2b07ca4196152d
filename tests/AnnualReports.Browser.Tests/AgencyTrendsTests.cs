using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AnnualReports.Browser.Tests;

/// <summary>The agency page's trend charts in a real browser: visible at phone width, kept in print, no CSP violation.</summary>
[Collection(UsesBrowser.Name)]
public class AgencyTrendsTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string AgencyPath = "/weixian-gov-office/";

    [Fact]
    public async Task AtPhoneWidthEveryChartIsVisibleAndFitsTheScreen()
    {
        var (page, errors) = await browser.OpenPageAsync(width: 375, height: 812);
        await page.GotoAsync(AgencyPath);
        await page.Locator("section.trends").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "agency-trends-375px", output);

        var charts = page.Locator("svg.chart-svg");
        Assert.Equal(8, await charts.CountAsync());
        for (var i = 0; i < 8; i++)
        {
            var chart = charts.Nth(i);
            Assert.True(await chart.IsVisibleAsync());
            var box = await chart.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.Width, 100, 375);
            Assert.True(box.Height > 50);
        }

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        Assert.True(await page.Locator("rect.bar").First.IsVisibleAsync());
        // A blocked inline style or script would be a console error (the CSP allows neither).
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PrintingKeepsTheChartsAndTheirTables()
    {
        var (page, errors) = await browser.OpenPageAsync();
        await page.GotoAsync(AgencyPath);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Screenshots.SaveAsync(page, "agency-trends-print", output);

        Assert.True(await page.Locator("svg.chart-svg").First.IsVisibleAsync());
        Assert.True(await page.Locator("#trend-outcomes-table").IsVisibleAsync());
        Assert.True(await page.Locator("#trend-cases-table").IsVisibleAsync());
        Assert.Empty(errors);
    }
}
