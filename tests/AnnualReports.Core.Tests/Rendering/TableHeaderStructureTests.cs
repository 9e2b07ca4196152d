using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>The merged header cells of tables 三 and 四 are those of the national format (spec §4, §5).</summary>
public class TableHeaderStructureTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void Table3HeaderHasTheNoteBlockAndTheApplicantColumnGroups()
    {
        var table = Table(SampleReports.Weixian2021(), "收到和处理政府信息公开申请情况");

        Assert.Equal(
        [
            ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3x3", "申请人情况 7x1 colgroup"],
            ["自然人 1x2 col", "法人或其他组织 5x1 colgroup", "总计 1x2 col"],
            ["商业企业 1x1 col", "科研机构 1x1 col", "社会公益组织 1x1 col", "法律服务机构 1x1 col", "其他 1x1 col"],
        ],
        HeadRows(table));
    }

    [Fact]
    public void Table3RowHeadsNestTheResultsAndTheirGroups()
    {
        var table = Table(SampleReports.Weixian2021(), "收到和处理政府信息公开申请情况");
        var heads = table.Bodies.SelectMany(b => b.Rows).SelectMany(r => r.Cells.Where(c => c.LocalName == "th")).Select(Describe).ToList();

        Assert.Equal(25, table.Bodies.Sum(b => b.Rows.Length));
        Assert.Contains("一、本年新收政府信息公开申请数量 3x1 row", heads);
        Assert.Contains("三、本年度办理结果 1x22 rowgroup", heads);
        Assert.Contains("（一）予以公开 2x1 row", heads);
        Assert.Contains("（三）不予公开 1x8 row", heads);
        Assert.Contains("（四）无法提供 1x3 row", heads);
        Assert.Contains("（五）不予处理 1x5 row", heads);
        Assert.Contains("（六）其他处理 1x3 row", heads);
        Assert.Contains("（七）总计 2x1 row", heads);
        Assert.Contains("四、结转下年度继续办理 3x1 row", heads);
        Assert.Equal(4, table.Bodies.Length);
    }

    [Fact]
    public void Table4HeaderSplitsReviewAndLitigationOverThreeRows()
    {
        var table = Table(SampleReports.Weixian2021(), "政府信息公开行政复议、行政诉讼情况");
        string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

        Assert.Equal(
        [
            ["行政复议 5x1 colgroup", "行政诉讼 10x1 colgroup"],
            [.. outcomes.Select(o => $"{o} 1x2 col"), "未经复议直接起诉 5x1 colgroup", "复议后起诉 5x1 colgroup"],
            [.. outcomes.Concat(outcomes).Select(o => $"{o} 1x1 col")],
        ],
        HeadRows(table));
    }

    [Fact]
    public void EveryTableHasACaption()
    {
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021()));
        var tables = document.QuerySelectorAll<IHtmlTableElement>("table").ToList();

        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.Caption?.TextContent)));
    }

    private static IHtmlTableElement Table(AnnualReports.Reports.AnnualReport report, string caption) =>
        HtmlTableGrid.Parse(Renderer.RenderReportPage(report)).QuerySelectorAll<IHtmlTableElement>("table")
            .Single(t => t.Caption!.TextContent.Contains(caption, StringComparison.Ordinal));

    private static List<List<string>> HeadRows(IHtmlTableElement table) =>
        [.. table.Head!.Rows.Select(r => r.Cells.Select(Describe).ToList())];

    /// <summary>"text colspan x rowspan scope", e.g. "自然人 1x2 col".</summary>
    private static string Describe(IHtmlTableCellElement cell) =>
        $"{cell.TextContent} {cell.ColumnSpan}x{cell.RowSpan}{(cell.GetAttribute("scope") is { } scope ? " " + scope : "")}";
}
