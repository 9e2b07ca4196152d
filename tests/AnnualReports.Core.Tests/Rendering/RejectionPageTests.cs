using AnnualReports.Rendering;

namespace AnnualReports.Core.Tests.Rendering;

public class RejectionPageTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void ShowsEveryFindingWithRuleCellsBothMessagesAndLineAndColumn()
    {
        var findings = SampleFindings.Two();
        var document = HtmlTableGrid.Parse(Renderer.RenderRejectionPage("weixian-2021.yaml", findings));
        var items = document.QuerySelectorAll("ol.findings > li").ToList();

        Assert.Equal(2, items.Count);
        Assert.Contains("T3-R1", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("错误", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("T2-DEADLINE", items[1].TextContent, StringComparison.Ordinal);
        var error = findings[1];
        Assert.Contains(error.MessageZh, items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(error.MessageEn, items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("31:17", items[0].TextContent, StringComparison.Ordinal);
        Assert.All(error.Cells, c => Assert.Contains(c.LabelZh, items[0].TextContent, StringComparison.Ordinal));
        Assert.All(error.Cells, c => Assert.Contains(c.Pointer, items[0].TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void IsSelfContainedAndEncodesTheUploadName()
    {
        var html = Renderer.RenderRejectionPage("<script>alert(1)</script>.json", SampleFindings.Two());
        var document = HtmlTableGrid.Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, link[rel=stylesheet]"));
        Assert.NotNull(document.QuerySelector("style"));
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content=noindex]"));
    }
}
