using System.Globalization;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.Totals;
using AnnualReports.Trends;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// Builds a region's 地区汇总 from its totals (<see cref="RegionListing.Totals"/>, from its partition of the
/// summaries): the cells of its own agencies' reports and its sub-regions' sums, added by year and layout.
/// </summary>
internal static class RegionTotalsBuilder
{
    private const string Official = "以下汇总由本网站根据已发布的年度报告逐项相加计算，包括本地区及下级行政区各机关的报告，仅供参考，不是任何机关发布的年度报告。";

    public static RegionTotalsView? Build(RegionTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Reports == 0)
        {
            return null;
        }

        if (totals.Years is not { } years)
        {
            return new RegionTotalsView([Official, "部分下级行政区的汇总数据尚未计算，下次重新生成网站后显示。"], null, null, []);
        }

        var byYear = years.GroupBy(y => y.Year).OrderBy(g => g.Key).ToList();
        var points = byYear.Select(g => Point(g.Key, [.. g])).ToList();
        var notes = new List<string>
        {
            Official,
            "空白单元格按0计。采用国办公开办函〔2019〕60号格式（2019年格式）的报告单独汇总、单独成行，一个年度两种格式都有时分两行列出；趋势图按年度合计两种格式都有的各项。"
                + "占比＝该项件数÷表三“（七）总计”；不予公开、无法提供、不予处理为各分项之和；总计为0的年度不计算占比。",
        };
        var unknown = years.Where(y => y.WithoutData > 0).ToList();
        if (unknown.Count > 0)
        {
            notes.Add(string.Join("；", unknown.Select(y => $"{Year(y.Year)}年度有{CellText.Of(y.WithoutData)}份报告在本网站记录表格数据之前发布，未计入汇总"))
                + "；重新发布该报告或下次重新生成网站后计入。");
        }

        var table = new TrendTableView(
            "region-totals-table",
            "各年度汇总（件）",
            ["年度", "报告数", "未发布报告的机关数", "本年新收申请", "办理结果总计", .. HeadlineFigureLabels.Outcomes.Select(f => f.Label()), "行政复议", "行政诉讼"],
            [
                .. byYear.SelectMany(g => g.Select(y =>
                {
                    var figures = y.Reports > 0 ? TotalsTables.Figures(y) : null;
                    string Known(Func<HeadlineFigures, int> figure) => figures is null ? AgencyTrendsBuilder.Unknown : CellText.Of(figure(figures));
                    return new TrendRowView(
                        y.Layout == LayoutVersion.V2019 ? $"{Year(y.Year)}年（2019年格式）" : $"{Year(y.Year)}年",
                        "",
                        [
                            CellText.Of(y.Reports),
                            CellText.Of(Math.Max(0, totals.Agencies - g.Sum(p => p.Reports + p.WithoutData))),
                            Known(f => f.Received),
                            Known(f => f.Completed),
                            .. HeadlineFigureLabels.Outcomes.Select(o => Known(f => f[o])),
                            Known(f => f.Reviews),
                            Known(f => f.Lawsuits),
                        ]);
                })),
            ]);

        var latest = byYear[^1].Where(y => y.Reports > 0).Select(y => new TotalsTablesView(
            $"{Year(y.Year)}年度汇总（{y.Layout.ToCode()}年格式，{CellText.Of(y.Reports)}份报告）",
            $"totals-{Year(y.Year)}-{y.Layout.ToCode()}-table2-caption",
            Table2ViewBuilder.Build(TotalsTables.Table2(y)),
            $"totals-{Year(y.Year)}-{y.Layout.ToCode()}-table3-caption",
            Table3ViewBuilder.Build(TotalsTables.Table3(y)),
            $"totals-{Year(y.Year)}-{y.Layout.ToCode()}-table4-caption",
            Table4ViewBuilder.Build(TotalsTables.Table4(y)))).ToList();
        if (latest.Count > 0)
        {
            notes.Add($"下列表二、表三、表四为最近一个年度（{Year(byYear[^1].Key)}年度）的汇总；其他年度的主要数字见“各年度汇总”表。");
        }

        return new RegionTotalsView(notes, table, AgencyTrendsBuilder.Build(points, []), latest);
    }

    /// <summary>A year's figures over both layouts (every headline figure is in both); unknown when no report of the year has cells.</summary>
    private static TrendPoint Point(int year, IReadOnlyList<YearTotals> layouts)
    {
        var known = layouts.Where(y => y.Reports > 0).Select(TotalsTables.Figures).ToList();
        var figures = known.Count == 0 ? null : known.Aggregate(Add);
        return new TrendPoint(year, "", figures?.Received, figures?.Completed, figures);
    }

    private static HeadlineFigures Add(HeadlineFigures a, HeadlineFigures b) => new(
        a.Received + b.Received, a.Completed + b.Completed, a.Granted + b.Granted, a.PartlyGranted + b.PartlyGranted, a.Refused + b.Refused,
        a.Unavailable + b.Unavailable, a.NotProcessed + b.NotProcessed, a.Reviews + b.Reviews, a.ReviewsCorrected + b.ReviewsCorrected,
        a.Lawsuits + b.Lawsuits, a.LawsuitsCorrected + b.LawsuitsCorrected);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
