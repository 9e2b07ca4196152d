using System.Globalization;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Rendering.Charts;
using AnnualReports.Trends;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// Builds the agency page's trends from its reports' summaries (one per year): applications received, the shares of
/// the five outcome groups of （七）总计, and the review and litigation totals with their 结果纠正.
/// </summary>
internal static class AgencyTrendsBuilder
{
    public static AgencyTrendsView Build(IReadOnlyList<ReportSummary> own)
    {
        var years = own.OrderBy(r => r.Year).ToList();
        return Build(
            [.. years.Select(r => new TrendPoint(r.Year, r.Url, r.ApplicationsReceived, r.ApplicationsCompleted, r.Figures))],
            Notes(years));
    }

    /// <summary>The charts and tables of the given years (oldest first), with the notes the reader needs.</summary>
    public static AgencyTrendsView Build(IReadOnlyList<TrendPoint> years, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(years);
        var label = (TrendPoint r) => r.Year.ToString(CultureInfo.InvariantCulture);

        var received = BarChart.Layout(new BarChartData(
            "trend-received",
            "本年新收政府信息公开申请（件）",
            $"{Span(years)}各年度表三“一、本年新收政府信息公开申请数量”总计，单位：件。",
            ["本年新收申请"],
            [.. years.Select(r => new BarGroupData(label(r), [r.Received]))],
            null,
            Count));

        var shares = HeadlineFigureLabels.Outcomes.Select(figure => BarChart.Layout(new BarChartData(
            $"trend-share-{Slug(figure)}",
            $"{figure.Label()}占比",
            $"{Span(years)}各年度表三“{figure.Label()}”占“（七）总计”的百分比。",
            [figure.Label()],
            [.. years.Select(r => new BarGroupData(label(r), [Share(r.Figures, figure)]))],
            100,
            Percent))).ToList();

        var reviews = BarChart.Layout(new BarChartData(
            "trend-reviews",
            "行政复议（件）",
            $"{Span(years)}各年度表四行政复议总计及其中结果纠正的件数。",
            ["总计", "结果纠正"],
            [.. years.Select(r => new BarGroupData(label(r), [r.Figures?.Reviews, r.Figures?.ReviewsCorrected]))],
            null,
            Count));

        var lawsuits = BarChart.Layout(new BarChartData(
            "trend-lawsuits",
            "行政诉讼（件）",
            $"{Span(years)}各年度表四行政诉讼（未经复议直接起诉与复议后起诉之和）总计及其中结果纠正的件数。",
            ["总计", "结果纠正"],
            [.. years.Select(r => new BarGroupData(label(r), [r.Figures?.Lawsuits, r.Figures?.LawsuitsCorrected]))],
            null,
            Count));

        var applications = new TrendTableView(
            "trend-applications-table",
            "申请数量（件）",
            ["年度", "本年新收申请", "办理结果总计"],
            [.. years.Select(r => Row(r, [Known(r.Received), Known(r.Completed)]))]);

        var outcomes = new TrendTableView(
            "trend-outcomes-table",
            "办理结果（件数及占“（七）总计”的百分比）",
            ["年度", "办理结果总计", .. HeadlineFigureLabels.Outcomes.Select(f => f.Label())],
            [
                .. years.Select(r => Row(r, [
                    Known(r.Completed),
                    .. HeadlineFigureLabels.Outcomes.Select(f => r.Figures is { } figures
                        ? Share(figures, f) is { } share ? $"{CellText.Of(figures[f])}（{Percent(share)}）" : CellText.Of(figures[f])
                        : Unknown),
                ])),
            ]);

        var cases = new TrendTableView(
            "trend-cases-table",
            "行政复议、行政诉讼（件）",
            ["年度", "行政复议总计", "行政复议结果纠正", "行政诉讼总计", "行政诉讼结果纠正"],
            [
                .. years.Select(r => Row(r, r.Figures is { } f
                    ? [CellText.Of(f.Reviews), CellText.Of(f.ReviewsCorrected), CellText.Of(f.Lawsuits), CellText.Of(f.LawsuitsCorrected)]
                    : [Unknown, Unknown, Unknown, Unknown])),
            ]);

        return new AgencyTrendsView(received, applications, shares, outcomes, reviews, lawsuits, cases, notes);
    }

    public const string Unknown = "无数据";

    /// <summary>The figure's share of （七）总计 in per cent, one decimal; <c>null</c> when unknown or nothing was completed.</summary>
    public static double? Share(ReportSummary report, HeadlineFigure figure) => Share(report?.Figures, figure);

    /// <summary>As above, for figures that may be unknown (<c>null</c>).</summary>
    public static double? Share(HeadlineFigures? known, HeadlineFigure figure) =>
        known is { Completed: > 0 } figures
            ? Math.Round(100.0 * figures[figure] / figures.Completed, 1, MidpointRounding.AwayFromZero)
            : null;

    private static List<string> Notes(List<ReportSummary> years)
    {
        var notes = new List<string>
        {
            "占比＝该项件数÷表三“（七）总计”；不予公开、无法提供、不予处理为各分项之和；总计为0的年度不计算占比。空白单元格按0计。",
        };
        var old = years.Where(r => r.Layout == LayoutVersion.V2019).ToList();
        if (old.Count > 0)
        {
            notes.Add($"{Years(old)}年度报告采用国办公开办函〔2019〕60号格式，表三“（六）其他处理”只有一行、不分三项；"
                + "以上各项在两种格式中都有，按各自格式的数字列出。");
        }

        var unknown = years.Where(r => r.Figures is null).ToList();
        if (unknown.Count > 0)
        {
            notes.Add($"{Years(unknown)}年度的报告在本网站记录分项数据之前发布，暂无办理结果和复议、诉讼的分项数据（标为“{Unknown}”），重新发布该报告或下次重新生成网站后显示。");
        }

        return notes;
    }

    private static string Known(int? value) => value is { } known ? CellText.Of(known) : Unknown;

    private static TrendRowView Row(TrendPoint r, IReadOnlyList<string> cells) =>
        new($"{r.Year.ToString(CultureInfo.InvariantCulture)}年", r.Url, cells);

    private static string Span(IReadOnlyList<TrendPoint> years) => years.Count == 1
        ? $"{years[0].Year.ToString(CultureInfo.InvariantCulture)}年度"
        : $"{years[0].Year.ToString(CultureInfo.InvariantCulture)}至{years[^1].Year.ToString(CultureInfo.InvariantCulture)}年";

    private static string Years(List<ReportSummary> years) => string.Join("、", years.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)));

    private static string Count(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Slug(HeadlineFigure figure) => figure switch
    {
        HeadlineFigure.Granted => "granted",
        HeadlineFigure.PartlyGranted => "partly-granted",
        HeadlineFigure.Refused => "refused",
        HeadlineFigure.Unavailable => "unavailable",
        HeadlineFigure.NotProcessed => "not-processed",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}
