using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AnnualReports.Browser.Tests;

[Collection(UsesBrowser.Name)]
public partial class NavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheHomePageLeadsDownTheRegionsToTheAgencyPageAndOnToTheReport()
    {
        var (page, errors) = await browser.OpenPageAsync();
        await page.GotoAsync("/");

        foreach (var (region, url) in new[] { ("河北省", "/regions/130000/"), ("邢台市", "/regions/130500/"), ("威县", "/regions/130533/") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = region, Exact = true }).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        }

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("河北省邢台市威县");
        await page.GetByRole(AriaRole.Link, new() { Name = "威县人民政府办公室", Exact = true }).First.ClickAsync();
        // Web-first assertions poll the URL and the heading; they do not depend on catching the load event.
        await Assertions.Expect(page).ToHaveURLAsync(AgencyUrl());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("威县人民政府办公室");
        await page.GetByRole(AriaRole.Link, new() { Name = "2021年", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ReportUrl());

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2021年政府信息公开工作年度报告");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheCountyPageLinksStraightToTheLatestReport()
    {
        var (page, errors) = await browser.OpenPageAsync();
        await page.GotoAsync("/regions/130533/");

        var agencyRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "威县人民政府办公室" });
        await agencyRow.GetByRole(AriaRole.Link, new() { Name = "2021年", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ReportUrl());

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("威县人民政府办公室");
        Assert.Empty(errors);
    }

    [GeneratedRegex(@"/weixian-gov-office/$")]
    private static partial Regex AgencyUrl();

    [GeneratedRegex(@"/weixian-gov-office/2021/$")]
    private static partial Regex ReportUrl();
}
