using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AnnualReports.Browser.Tests;

/// <summary>Keeps full-page screenshots as test artifacts in <c>bin/…/artifacts/screenshots</c> (not committed) and says where.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }
}
