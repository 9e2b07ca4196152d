using AngleSharp.Dom;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

public class ReportPageTests
{
    private const string Script = "<script>alert(1)</script>";
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void ReportTextIsHtmlEncodedSoAScriptRendersAsText()
    {
        var seed = SampleReports.Weixian2021();
        var hostile = seed with
        {
            Metadata = seed.Metadata with
            {
                Agency = seed.Metadata.Agency with { Name = "威县" + Script },
                Contact = seed.Metadata.Contact with { Website = "javascript:alert(1)" },
            },
            Overview = new NarrativeSection(ValueList.Of(new NarrativeBlock("（一）" + Script, ValueList.Of("正文" + Script)))),
        };

        var html = Renderer.RenderReportPage(hostile);
        var document = HtmlTableGrid.Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal("（一）" + Script, document.QuerySelector("#s1 ~ h3")!.TextContent);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "正文" + Script);
        Assert.Contains("威县" + Script, document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AReportWithoutPublishDateShowsNoDate()
    {
        var seed = SampleReports.Weixian2021();
        var undated = seed with { Metadata = seed.Metadata with { PublishDate = null } };

        var html = Renderer.RenderReportPage(undated);

        Assert.Contains("2022年1月20日", Renderer.RenderReportPage(seed), StringComparison.Ordinal);
        Assert.DoesNotContain("发布日期", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2022年1月20日", html, StringComparison.Ordinal);
        Assert.Contains("<dt>报告格式</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageIsAChineseHtml5DocumentWithNoScriptsAndOnlyTheSiteStylesheet()
    {
        var html = Renderer.RenderReportPage(SampleReports.Weixian2021());
        var document = HtmlTableGrid.Parse(html);

        Assert.StartsWith("<!doctype html>\n", html, StringComparison.Ordinal);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[charset=utf-8]"));
        Assert.Contains("width=device-width", document.QuerySelector("meta[name=viewport]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal(["/assets/site.css"], document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Empty(document.QuerySelectorAll("script, style, img, iframe, [style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void HeadingsFollowTheNationalFormat()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021()));

        Assert.Equal(
            ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            document.QuerySelectorAll("section > h2").Select(h => h.TextContent));
        Assert.Equal(
            SampleReports.Weixian2021().Overview.Blocks.Select(b => b.Heading),
            document.QuerySelectorAll("#s1 ~ h3").Select(h => h.TextContent));
        Assert.Equal("威县人民政府办公室2021年政府信息公开工作年度报告", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void EveryParagraphOfTheSeedIsOnThePage()
    {
        var report = SampleReports.Weixian2021();
        var paragraphs = HtmlTableGrid.Parse(Renderer.RenderReportPage(report)).QuerySelectorAll("p").Select(p => p.TextContent).ToHashSet();

        var expected = report.Preamble
            .Concat(new[] { report.Overview, report.Problems, report.OtherMatters }.SelectMany(s => s.Blocks).SelectMany(b => b.Paragraphs))
            .Concat(report.ClosingNotes);
        Assert.All(expected, p => Assert.Contains(p, paragraphs));
    }

    [Fact]
    public void LinksTheCanonicalJsonBesideThePageByAbsolutePathAndShowsTheBreadcrumb()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021()));

        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/weixian-gov-office/2021/report.json");
        Assert.Equal(["首页", "威县人民政府办公室", "2021年"], document.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent));
        Assert.Equal(["/", "/weixian-gov-office/"], document.QuerySelectorAll("nav.breadcrumb a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", document.QuerySelector("nav.breadcrumb li:last-child")!.GetAttribute("aria-current"));
        Assert.Equal("http://127.0.0.1:8080/weixian-gov-office/2021/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void EveryWideTableScrollsInsideItsOwnBox()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021()));

        Assert.All(document.QuerySelectorAll("table"), t => Assert.True(t.ParentElement!.ClassList.Contains("table-box")));
        Assert.Matches(@"\.table-box\s*\{[^}]*overflow-x:\s*auto", Renderer.Stylesheet);
        Assert.Matches(@"@page\s*\{[^}]*size:\s*A4", Renderer.Stylesheet);
        Assert.Contains("@media print", Renderer.Stylesheet, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderingTwiceGivesIdenticalBytes()
    {
        var first = Renderer.RenderReportPage(SampleReports.Weixian2021());
        var second = new SiteRenderer(SiteOptions.Local).RenderReportPage(SampleReports.Weixian2021());

        Assert.Equal(first, second);
        Assert.Equal(first, Renderer.RenderReportPage(SampleReports.Weixian2021()));
    }

    [Fact]
    public async Task ConcurrentRendersDoNotInterfere()
    {
        var expected = Renderer.RenderReportPage(SampleReports.Weixian2021());

        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Renderer.RenderReportPage(SampleReports.Weixian2021()))));

        Assert.All(pages, page => Assert.Equal(expected, page));
    }

    [Fact]
    public void EveryDataCellNamesItsPointerInTheDataFile()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021()));
        var pointers = document.QuerySelectorAll("td[data-cell]").Select(td => td.GetAttribute("data-cell")!).ToList();

        Assert.Equal(10 + (25 * 7) + 15, pointers.Count);
        Assert.Equal(pointers.Count, pointers.Distinct().Count());
        Assert.Contains("/table3/refused/stateSecret/6", pointers);
        Assert.Contains("/table4/14", pointers);
        Assert.Contains("/table2/fees/amount", pointers);
    }
}
