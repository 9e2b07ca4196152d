using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T2-R1: the counts and amounts of table 二 are non-negative (blank cells are fine). In the 2019 layout the
/// 本年增/减 cells are a change and may be negative. One finding per negative cell, in printed order.
/// Cells: that cell. Numbers: [its value]. (Whole numbers are the parser's business: the model holds int counts.)
/// </summary>
public sealed class Table2NonNegativeRule : IReportRule
{
    public string Id => "T2-R1";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表二件数、金额为非负数（2019年版“本年增/减”可为负数）";

    public string TitleEn => "Table 2 counts and amounts are non-negative (the 2019 layout's change cells may be negative)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var cell in Table2Cells.Of(report.ActiveDisclosure))
        {
            if (cell.Value is { } value && value < 0 && !cell.MayBeNegative)
            {
                yield return new Finding(
                    Id,
                    Severity,
                    $"{cell.Cell.LabelZh}为 {Say.N(value)}，不能为负数。",
                    $"{cell.Cell.LabelEn} is {Say.N(value)}; it cannot be negative.",
                    ValueList.Of(cell.Cell),
                    ValueList.Of(value),
                    new SourceLocation(cell.Cell.Pointer));
            }
        }
    }
}
