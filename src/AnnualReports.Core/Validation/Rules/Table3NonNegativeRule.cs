using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-R4: every written cell of table 三 is a non-negative count (blank cells are fine).
/// One finding per negative cell, in table order. Cells: that cell. Numbers: [its value].
/// </summary>
public sealed class Table3NonNegativeRule : IReportRule
{
    public string Id => "T3-R4";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表三各单元格为非负整数";

    public string TitleEn => "Table 3 cells are non-negative counts";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        foreach (var row in cells.Rows.Rows.Select(d => d.Row))
        {
            foreach (var column in ApplicantCounts.Columns)
            {
                if (cells.Raw(row, column) is { } value && value < 0)
                {
                    var cell = cells.Cell(row, column);
                    yield return new Finding(
                        Id,
                        Severity,
                        $"{cell.LabelZh}为 {Say.N(value)}，申请件数不能为负数。",
                        $"{cell.LabelEn} is {Say.N(value)}; a number of applications cannot be negative.",
                        ValueList.Of(cell),
                        ValueList.Of<decimal>(value),
                        new SourceLocation(cell.Pointer));
                }
            }
        }
    }
}
