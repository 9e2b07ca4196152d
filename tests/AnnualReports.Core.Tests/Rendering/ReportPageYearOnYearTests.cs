using System.Globalization;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.Trends;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>The report page's comparison with the year before, read cell by cell against figures taken from the two reports' tables.</summary>
public class ReportPageYearOnYearTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);
    private static readonly IReadOnlyList<AnnualReport> Reports = SampleTrends.Reports();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EveryFigureShowsLastYearThisYearTheChangeAndItsPerCent(int index)
    {
        var (previous, current) = (Reports[index - 1], Reports[index]);
        var document = HtmlTableGrid.Parse(Renderer.RenderReportPage(current, PreviousYearFigures.From(previous, "h")));

        var rows = document.QuerySelectorAll("#yoy-table tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToList()).ToList();
        var expected = Figures(previous).Zip(Figures(current), (p, c) => new List<string>
        {
            p.Label,
            CellText.Of(p.Value),
            CellText.Of(c.Value),
            c.Value > p.Value ? $"+{c.Value - p.Value}" : CellText.Of(c.Value - p.Value),
            p.Value == 0 ? "—" : PerCent(100.0 * (c.Value - p.Value) / p.Value),
        }).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r[4] != "—" && r[4] != "0.0%");

        var headers = document.QuerySelectorAll("#yoy-table thead th").Select(th => th.TextContent);
        Assert.Equal(["项目", $"{previous.Metadata.Year}年", $"{current.Metadata.Year}年", "增减", "增减幅度"], headers);
        Assert.Equal(
            SitePaths.ReportUrl(current.Metadata.Agency.Id, previous.Metadata.Year),
            document.QuerySelector("aside.year-on-year p.note a")!.GetAttribute("href"));
    }

    [Fact]
    public void AComparisonAcrossLayoutsSaysWhatItLeavesOut()
    {
        var notes = Notes(Renderer.RenderReportPage(Reports[2], PreviousYearFigures.From(Reports[1], "h")));

        Assert.Contains(notes, n => n.StartsWith("2020年度报告采用国办公开办函〔2019〕60号格式，本报告采用国办公开办函〔2021〕30号格式。", StringComparison.Ordinal)
            && n.Contains("只比较两种格式都有的项目，不比较“（六）其他处理”", StringComparison.Ordinal));
        Assert.DoesNotContain(Notes(Renderer.RenderReportPage(Reports[3], PreviousYearFigures.From(Reports[2], "h"))), n => n.Contains("格式", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutLastYearsReportThePageSaysSoAndShowsNoTable()
    {
        var html = Renderer.RenderReportPage(Reports[2]);

        Assert.Equal(["本网站没有发布本机关2020年度报告，无法与上年比较。"], Notes(html));
        Assert.Null(HtmlTableGrid.Parse(html).QuerySelector("#yoy-table"));
    }

    [Fact]
    public void AReportOfAnotherYearIsNotComparedAsLastYears()
    {
        var html = Renderer.RenderReportPage(Reports[3], PreviousYearFigures.From(Reports[1], "h"));

        Assert.Null(HtmlTableGrid.Parse(html).QuerySelector("#yoy-table"));
    }

    [Fact]
    public void ReportPageComparedWithLastYearMatchesItsGoldenFile() =>
        GoldenFile.Verify("report-year-on-year.html", Renderer.RenderReportPage(Reports[2], PreviousYearFigures.From(Reports[1], "h")));

    private static List<string> Notes(string html) =>
        [.. HtmlTableGrid.Parse(html).QuerySelectorAll("aside.year-on-year p.note").Select(p => p.TextContent).Where(t => !t.StartsWith("本网站根据", StringComparison.Ordinal) && !t.StartsWith("增减＝", StringComparison.Ordinal))];

    private static string PerCent(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + rounded.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>The ten headline figures straight from the tables, blank as 0.</summary>
    private static List<(string Label, int Value)> Figures(AnnualReport r)
    {
        int Group(string group) => Table3Layout.For(r.Layout).Rows.Where(d => d.Group == group).Sum(d => r.Applications[d.Row].Total ?? 0);
        var t4 = r.ReviewsAndLitigation;
        return
        [
            ("本年新收申请", r.Applications[Table3Row.Received].Total ?? 0),
            ("予以公开", Group("（一）予以公开")),
            ("部分公开", Group("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
            ("不予公开", Group("（三）不予公开")),
            ("无法提供", Group("（四）无法提供")),
            ("不予处理", Group("（五）不予处理")),
            ("行政复议", t4.AdministrativeReview.Total ?? 0),
            ("行政复议结果纠正", t4.AdministrativeReview.Corrected ?? 0),
            ("行政诉讼", (t4.LitigationWithoutReview.Total ?? 0) + (t4.LitigationAfterReview.Total ?? 0)),
            ("行政诉讼结果纠正", (t4.LitigationWithoutReview.Corrected ?? 0) + (t4.LitigationAfterReview.Corrected ?? 0)),
        ];
    }
}
