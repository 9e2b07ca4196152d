using System.Text;
using AnnualReports.Publishing;

namespace AnnualReports.Core.Tests.Publishing;

public class SiteFileTests
{
    [Fact]
    public void EveryKindNamesItsCharset()
    {
        SiteFile[] files =
        [
            SiteFile.Html("index.html", ""), SiteFile.Json("a/2021/report.json", Encoding.UTF8.GetBytes("{}")),
            SiteFile.Sitemap("sitemap.xml", ""), SiteFile.Feed("feed.xml", ""), SiteFile.Css("assets/site.css", ""),
        ];

        Assert.All(files, f => Assert.EndsWith("; charset=utf-8", f.ContentType, StringComparison.Ordinal));
        Assert.Equal(5, files.Select(f => f.ContentType).Distinct().Count());
    }

    [Fact]
    public void CachesAStylesheetLongOnlyWhenItsNameCarriesAHash()
    {
        Assert.Equal(SiteFile.ShortCache, SiteFile.Css("assets/site.css", "").CacheControl);
        Assert.Equal(SiteFile.ImmutableCache, SiteFile.Css("assets/site.3f2a9c1e.css", "").CacheControl);
    }

    [Fact]
    public void HashesTheBytes()
    {
        Assert.Equal(SiteFile.Html("a.html", "x").Hash, SiteFile.Html("b.html", "x").Hash);
        Assert.NotEqual(SiteFile.Html("a.html", "x").Hash, SiteFile.Html("a.html", "y").Hash);
    }
}
