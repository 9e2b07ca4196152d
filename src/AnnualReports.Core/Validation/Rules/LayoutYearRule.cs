using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// L-R1: the layout fits the year: the 2021 format from report year 2021, the 2019 trial format before.
/// Some offices kept the 2019 tables after 2021 (spec §8), so this is a warning. Cells: layout, year. Numbers: [year].
/// </summary>
public sealed class LayoutYearRule : IReportRule
{
    public string Id => "L-R1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "表格版式与报告年度不符（2021年及以后应使用2021年版格式，之前使用2019年版）";

    public string TitleEn => "The layout does not fit the year (2021 format from 2021, the 2019 format before)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.Metadata.Year;
        var expected = year >= ReportYears.First2021Layout ? LayoutVersion.V2021 : LayoutVersion.V2019;
        if (report.Layout == expected)
        {
            yield break;
        }

        var (zh, en) = expected == LayoutVersion.V2021
            ? ("2021 年及以后的报告应使用国办公开办函〔2021〕30号格式", "reports from 2021 on use the 2021 format (国办公开办函〔2021〕30号)")
            : ("2021 年以前的报告使用国办公开办函〔2019〕60号格式", "reports before 2021 use the 2019 trial format (国办公开办函〔2019〕60号)");
        yield return new Finding(
            Id,
            Severity,
            $"{Say.N(year)} 年度报告使用了 {report.Layout.ToCode()} 年版表格；{zh}。",
            $"The {Say.N(year)} report uses the {report.Layout.ToCode()} layout; {en}.",
            ValueList.Of(
                ReportCells.Field("/layout", "表格版式", "layout"),
                ReportCells.Field("/year", "报告年度", "report year")),
            ValueList.Of<decimal>(year),
            new SourceLocation("/layout"));
    }
}
