using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T4-R4: every written cell of table 四 is a non-negative count (blank cells are fine).
/// One finding per negative cell, in the order of the 15 cells. Cells: that cell. Numbers: [its value].
/// </summary>
public sealed class Table4NonNegativeRule : IReportRule
{
    public string Id => "T4-R4";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表四各单元格为非负整数";

    public string TitleEn => "Table 4 cells are non-negative counts";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (group, outcomes) in report.ReviewsAndLitigation.Groups)
        {
            foreach (var outcome in CaseOutcomes.Outcomes)
            {
                if (outcomes[outcome] is { } value && value < 0)
                {
                    var cell = ReportCells.Table4(group, outcome);
                    yield return new Finding(
                        Id,
                        Severity,
                        $"{cell.LabelZh}为 {Say.N(value)}，案件数不能为负数。",
                        $"{cell.LabelEn} is {Say.N(value)}; a number of cases cannot be negative.",
                        ValueList.Of(cell),
                        ValueList.Of<decimal>(value),
                        new SourceLocation(cell.Pointer));
                }
            }
        }
    }
}
