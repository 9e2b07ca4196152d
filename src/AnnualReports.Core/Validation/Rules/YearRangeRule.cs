using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// M-R2: the report year lies in <see cref="ReportYears.First"/>..<see cref="ReportYears.Last"/>.
/// The date rules (M-R3, D-R1) are skipped for a year outside it. Cells: the year. Numbers: [year].
/// </summary>
public sealed class YearRangeRule : IReportRule
{
    public string Id => "M-R2";

    public Severity Severity => Severity.Error;

    public string TitleZh => $"报告年度须在 {ReportYears.First} 至 {ReportYears.Last} 之间";

    public string TitleEn => $"The report year lies between {ReportYears.First} and {ReportYears.Last}";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.Metadata.Year;
        if (ReportYears.IsInRange(year))
        {
            yield break;
        }

        var cell = ReportCells.Field("/year", "报告年度", "report year");
        yield return new Finding(
            Id,
            Severity,
            $"报告年度 {Say.N(year)} 不在 {ReportYears.First} 至 {ReportYears.Last} 之间。",
            $"Report year {Say.N(year)} is not between {ReportYears.First} and {ReportYears.Last}.",
            ValueList.Of(cell),
            ValueList.Of<decimal>(year),
            new SourceLocation(cell.Pointer));
    }
}
