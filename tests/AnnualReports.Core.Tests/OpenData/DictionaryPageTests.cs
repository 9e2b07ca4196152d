using AnnualReports.Core.Tests.Rendering;
using AnnualReports.OpenData;
using AnnualReports.Rendering;

namespace AnnualReports.Core.Tests.OpenData;

public class DictionaryPageTests
{
    private static readonly DataStamp Stamp = new("0123", new DateTimeOffset(2026, 11, 28, 2, 30, 5, TimeSpan.Zero), 123_456, 2_345_678, 42);

    [Fact]
    public void MatchesTheGoldenFile()
    {
        var page = new SiteRenderer(SiteOptions.Local).RenderDataDictionaryPage(DictionaryPage.Build(Stamp, SiteOptions.DefaultDataLicence));

        GoldenFile.Verify("data-dictionary.html", page);
    }

    [Fact]
    public void ListsEveryColumnWithItsLabel()
    {
        var page = new SiteRenderer(SiteOptions.Local).RenderDataDictionaryPage(DictionaryPage.Build(Stamp, "许可"));

        Assert.All(DataColumns.All, c => Assert.Contains($"<tr><th scope=\"row\"><code>{c.Name}</code></th><td>{c.LabelZh}</td>", page, StringComparison.Ordinal));
        Assert.Contains("共 42 份报告，生成于 2026-11-28T02:30:05Z（UTC）", page, StringComparison.Ordinal);
        Assert.Contains("（CSV，120.6 KB）", page, StringComparison.Ordinal);
        Assert.Contains("（JSON，2.2 MB）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }
}
