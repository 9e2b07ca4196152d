using System.Globalization;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// Reads the rendered report page as a reader would: finds each number by walking the table grid (rowspan and
/// colspan applied) to the row with the right labels and the column with the right headers.
/// </summary>
public class ReportPageTableTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    public static TheoryData<string> Samples => ["Weixian2021", "Sample2019"];

    private static AnnualReport Sample(string name) => name switch
    {
        "Weixian2021" => SampleReports.Weixian2021(),
        "Sample2019" => SampleReports.Sample2019(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryTable3NumberIsInTheRowAndColumnNamedByItsLabels(string sample)
    {
        var report = Sample(sample);
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(report)), "收到和处理政府信息公开申请情况");
        var layout = Table3Layout.For(report.Layout);

        Assert.Equal(layout.Rows.Count, grid.RowCount - grid.HeadRowCount);
        foreach (var definition in layout.Rows)
        {
            var row = grid.FindRow(RowLabels(definition));
            foreach (var column in ApplicantCounts.Columns)
            {
                var cell = grid[row, grid.FindColumn(ColumnLabels(column))]!;
                Assert.Equal(Text(report.Applications[definition.Row][column]), cell.TextContent);
                Assert.Equal($"{definition.Pointer}/{(int)column}", cell.GetAttribute("data-cell"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryTable4NumberIsUnderItsGroupAndOutcomeHeaders(string sample)
    {
        var report = Sample(sample);
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(report)), "政府信息公开行政复议、行政诉讼情况");

        Assert.Equal(15, grid.ColumnCount);
        Assert.Equal(1, grid.RowCount - grid.HeadRowCount);
        foreach (var (group, outcomes) in report.ReviewsAndLitigation.Groups)
        {
            foreach (var outcome in CaseOutcomes.Outcomes)
            {
                string[] labels = group == Table4Group.AdministrativeReview
                    ? ["行政复议", outcome.Label()]
                    : ["行政诉讼", group == Table4Group.LitigationWithoutReview ? "未经复议直接起诉" : "复议后起诉", outcome.Label()];
                var cell = grid[grid.HeadRowCount, grid.FindColumn(labels)]!;
                Assert.Equal(Text(outcomes[outcome]), cell.TextContent);
            }
        }
    }

    [Fact]
    public void EveryTable2NumberOfTheSeedIsInItsBlockRowAndColumn()
    {
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021())), "主动公开政府信息情况");
        var t = (Table2Of2021)SampleReports.Weixian2021().ActiveDisclosure;
        var cells = Table2Cells(grid);

        Assert.Equal(Text(t.Rules.Issued), cells[("第二十条第（一）项", "规章", "本年制发件数")]);
        Assert.Equal(Text(t.Rules.Repealed), cells[("第二十条第（一）项", "规章", "本年废止件数")]);
        Assert.Equal(Text(t.Rules.InForce), cells[("第二十条第（一）项", "规章", "现行有效件数")]);
        Assert.Equal(Text(t.NormativeDocuments.Issued), cells[("第二十条第（一）项", "行政规范性文件", "本年制发件数")]);
        Assert.Equal(Text(t.NormativeDocuments.Repealed), cells[("第二十条第（一）项", "行政规范性文件", "本年废止件数")]);
        Assert.Equal(Text(t.NormativeDocuments.InForce), cells[("第二十条第（一）项", "行政规范性文件", "现行有效件数")]);
        Assert.Equal(Text(t.LicensingDecisions), cells[("第二十条第（五）项", "行政许可", "本年处理决定数量")]);
        Assert.Equal(Text(t.PunishmentDecisions), cells[("第二十条第（六）项", "行政处罚", "本年处理决定数量")]);
        Assert.Equal(Text(t.EnforcementDecisions), cells[("第二十条第（六）项", "行政强制", "本年处理决定数量")]);
        Assert.Equal("0", cells[("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")]);
        Assert.Equal(10, cells.Count);
    }

    [Fact]
    public void The2019LayoutRendersItsOwnTable2()
    {
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Sample2019())), "主动公开政府信息情况");
        var t = (Table2Of2019)SampleReports.Sample2019().ActiveDisclosure;
        var cells = Table2Cells(grid);

        Assert.Equal(Text(t.NormativeDocuments.NewlyMade), cells[("第二十条第（一）项", "规范性文件", "本年新制作数量")]);
        Assert.Equal(Text(t.NormativeDocuments.TotalPublished), cells[("第二十条第（一）项", "规范性文件", "对外公开总数量")]);
        Assert.Equal(Text(t.Licensing.Change), cells[("第二十条第（五）项", "行政许可", "本年增/减")]);
        Assert.Equal(Text(t.OtherManagementServices.Decisions), cells[("第二十条第（五）项", "其他对外管理服务事项", "处理决定数量")]);
        Assert.Equal(Text(t.Enforcement.PreviousYearItems), cells[("第二十条第（六）项", "行政强制", "上一年项目数量")]);
        Assert.Equal(Text(t.Fees.Change), cells[("第二十条第（八）项", "行政事业性收费", "本年增/减")]);
        Assert.Equal(Text(t.Procurement.Items), cells[("第二十条第（九）项", "政府集中采购", "采购项目数量")]);
        Assert.Equal("7730.28", cells[("第二十条第（九）项", "政府集中采购", "采购总金额")]);
        Assert.Equal(6 + 6 + 6 + 2 + 2, cells.Count);
        Assert.DoesNotContain(cells.Keys, k => k.Row == "行政规范性文件");
    }

    [Fact]
    public void The2019LayoutHasASingleOtherHandlingRowSpanningBothInnerLabelColumns()
    {
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Sample2019())), "收到和处理政府信息公开申请情况");

        Assert.Equal(23, grid.RowCount - grid.HeadRowCount);
        var row = grid.FindRow(["三、本年度办理结果", "（六）其他处理"]);
        Assert.Equal(2, grid[row, 1]!.ColumnSpan);
        Assert.Equal(20, grid[row, 0]!.RowSpan);
        Assert.Equal("1", grid[row, grid.FindColumn(["申请人情况", "总计"])]!.TextContent);
    }

    [Fact]
    public void BlankCellsRenderEmptyAndZerosRenderZero()
    {
        var grid = HtmlTableGrid.Of(HtmlTableGrid.Parse(Renderer.RenderReportPage(SampleReports.Weixian2021())), "收到和处理政府信息公开申请情况");
        var carriedOver = grid.FindRow(["二、上年结转政府信息公开申请数量"]);

        Assert.Equal("", grid[carriedOver, grid.FindColumn(["申请人情况", "自然人"])]!.TextContent);
        Assert.Equal("0", grid[carriedOver, grid.FindColumn(["申请人情况", "总计"])]!.TextContent);
    }

    /// <summary>(block, row label, column header) → cell text, following each block's own 信息内容 header row.</summary>
    private static Dictionary<(string Block, string Row, string Column), string> Table2Cells(HtmlTableGrid grid)
    {
        var cells = new Dictionary<(string, string, string), string>();
        string block = "", label;
        var headers = Array.Empty<string>();
        for (var r = 0; r < grid.RowCount; r++)
        {
            var first = grid[r, 0]!;
            if (first.ColumnSpan == grid.ColumnCount)
            {
                block = first.TextContent;
            }
            else if (first.TextContent == "信息内容")
            {
                headers = [.. Enumerable.Range(0, grid.ColumnCount).Select(c => grid[r, c]!.TextContent)];
            }
            else
            {
                label = first.TextContent;
                foreach (var c in Enumerable.Range(1, grid.ColumnCount - 1).DistinctBy(c => grid[r, c]))
                {
                    cells.Add((block, label, headers[c]), grid[r, c]!.TextContent);
                }
            }
        }

        return cells;
    }

    private static string[] RowLabels(Table3RowDefinition d) =>
        [.. new[] { d.Heading, d.Group, d.Item }.OfType<string>()];

    private static string[] ColumnLabels(ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPerson or ApplicantColumn.Total => ["申请人情况", Table3Layout.ColumnLabel(column)],
        _ => ["申请人情况", "法人或其他组织", Table3Layout.ColumnLabel(column)],
    };

    private static string Text(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
}
