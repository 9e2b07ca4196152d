using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AnnualReports.Browser.Tests;

[Collection(UsesBrowser.Name)]
public class ReportPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string ReportPath = "/weixian-gov-office/2021/";

    [Fact]
    public async Task ShowsTheThreeTablesWithTheSeedsNumbersAndNoConsoleErrors()
    {
        var (page, errors) = await browser.OpenPageAsync();
        var response = await page.GotoAsync(ReportPath);
        await Screenshots.SaveAsync(page, "report-desktop", output);

        Assert.Equal(200, response?.Status);
        Assert.Equal(
            ["表二　主动公开政府信息情况", "表三　收到和处理政府信息公开申请情况", "表四　政府信息公开行政复议、行政诉讼情况"],
            (await page.Locator("table > caption").AllInnerTextsAsync()).Select(c => c.Trim()));
        Assert.Equal("6", await ReportTables.CellAsync(page, "表二", "行政规范性文件", "本年制发件数"));
        Assert.Equal("15", await ReportTables.CellAsync(page, "表二", "行政规范性文件", "现行有效件数"));
        Assert.Equal("3", await ReportTables.CellAsync(page, "表三", "一、", "自然人"));
        Assert.Equal("3", await ReportTables.CellAsync(page, "表三", "一、", "总计"));
        Assert.Equal("", await ReportTables.CellAsync(page, "表三", "一、", "商业企业"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheDataDownloadLinkServesTheReportsJson()
    {
        var (page, _) = await browser.OpenPageAsync();
        await page.GotoAsync(ReportPath);
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "本报告数据（JSON）" }).GetAttributeAsync("href");

        var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("\"weixian-gov-office\"", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtPhoneWidthOnlyTheTablesScrollSideways()
    {
        var (page, errors) = await browser.OpenPageAsync(width: 375, height: 812);
        await page.GotoAsync(ReportPath);
        await Screenshots.SaveAsync(page, "report-375px", output);

        var pageScrollsSideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        var tableBoxScrolls = await page.EvaluateAsync<bool>(
            "() => { const box = document.querySelector('table.table3').closest('.table-box'); return box.scrollWidth > box.clientWidth; }");

        Assert.False(pageScrollsSideways);
        Assert.True(tableBoxScrolls);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PrintingHidesTheNavigation()
    {
        var (page, _) = await browser.OpenPageAsync();
        await page.GotoAsync(ReportPath);
        var shownOnScreen = await page.Locator("nav.breadcrumb").IsVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Screenshots.SaveAsync(page, "report-print", output);

        Assert.True(shownOnScreen);
        Assert.True(await page.Locator("nav.breadcrumb").IsHiddenAsync());
        Assert.True(await page.Locator("header.site-header").IsHiddenAsync());
        Assert.True(await page.Locator("table.table3").IsVisibleAsync());
    }
}
