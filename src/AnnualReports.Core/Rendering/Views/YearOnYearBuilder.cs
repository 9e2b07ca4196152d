using System.Globalization;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Trends;

namespace AnnualReports.Rendering.Views;

/// <summary>Writes a <see cref="YearOnYear"/> comparison for the report page.</summary>
internal static class YearOnYearBuilder
{
    public static YearOnYearView Build(AnnualReport report, PreviousYearFigures? previous)
    {
        var year = report.Metadata.Year;
        var previousYear = $"{(year - 1).ToString(CultureInfo.InvariantCulture)}年";
        if (previous is null || previous.Year != year - 1)
        {
            return new YearOnYearView(false, previousYear, $"{year.ToString(CultureInfo.InvariantCulture)}年", "",
                [$"本网站没有发布本机关{previousYear}度报告，无法与上年比较。"], []);
        }

        var comparison = YearOnYear.Compare(report, previous);
        var notes = new List<string>
        {
            "增减＝本年减上年；增减幅度＝增减÷上年，上年为0时不计算。不予公开、无法提供、不予处理为各分项之和，行政诉讼为未经复议直接起诉与复议后起诉之和；空白单元格按0计。",
        };
        if (comparison.LayoutsDiffer)
        {
            notes.Add($"{previousYear}度报告采用{ReportPageBuilder.LayoutLabel(comparison.PreviousLayout)}，本报告采用{ReportPageBuilder.LayoutLabel(comparison.Layout)}。"
                + "两种格式的表三“（六）其他处理”不同（2019年格式为一行，2021年格式分三项），这里只比较两种格式都有的项目，不比较“（六）其他处理”。");
        }

        return new YearOnYearView(
            true,
            previousYear,
            $"{year.ToString(CultureInfo.InvariantCulture)}年",
            SitePaths.ReportUrl(report.Metadata.Agency.Id, previous.Year),
            notes,
            [.. comparison.Changes.Select(c => new ChangeRowView(c.Figure.Label(), CellText.Of(c.Previous), CellText.Of(c.Current), Signed(c.Difference), PerCent(c.PerCent)))]);
    }

    private static string Signed(int value) => value > 0 ? "+" + CellText.Of(value) : CellText.Of(value);

    private static string PerCent(double? value) => value switch
    {
        null => "—",
        > 0 => "+" + value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
        _ => value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
    };
}
