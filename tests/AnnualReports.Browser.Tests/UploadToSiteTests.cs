using System.Diagnostics;
using AnnualReports.TestKit;
using Xunit.Abstractions;

namespace AnnualReports.Browser.Tests;

[Collection(UsesBrowser.Name)]
public class UploadToSiteTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task AnUploadToIncomingAppearsOnTheSiteWithinTwoSeconds()
    {
        var (page, errors) = await browser.OpenPageAsync();
        await browser.Incoming.UploadAsync(
            "browser-test-office/2021.json", SeedFiles.WeixianJsonAs("browser-test-office", "威县浏览器测试局"), skipIfSame: false, CancellationToken.None);
        var sinceUpload = Stopwatch.StartNew();

        var shown = false;
        while (!shown && sinceUpload.Elapsed < Deadline)
        {
            var response = await page.APIRequest.GetAsync(new Uri(browser.SiteUrl, "/browser-test-office/2021/").ToString());
            shown = response.Status == 200;
            if (!shown)
            {
                await Task.Delay(50);
            }
        }

        var arrivedAfter = sinceUpload.Elapsed;
        output.WriteLine($"The report page was served {arrivedAfter.TotalMilliseconds:F0} ms after the upload.");
        Assert.True(shown && arrivedAfter <= Deadline, $"The uploaded report was not on the site within {Deadline.TotalSeconds} s (shown: {shown}).");
        await page.GotoAsync("/browser-test-office/2021/");
        Assert.Contains("威县浏览器测试局", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        // The seed's agencies sit in 威县, whose page lists them.
        await page.GotoAsync("/regions/130533/");
        Assert.Equal(1, await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "威县浏览器测试局", Exact = true }).CountAsync());
        Assert.Empty(errors);
    }
}
