using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-R2: in every column, 三（七）总计 = the sum of all outcome rows （一）…（六） (<see cref="Table3Layout.OutcomeRows"/>;
/// the 2019 layout has a single （六） row).
/// Cells: （七）总计, then every outcome row of the column in table order. Numbers: [（七）总计, sum of outcomes,
/// （七）总计 − sum]. A blank （七）总计 is skipped here: blank with zero parts is consistent, blank beside non-zero
/// parts is T3-B2.
/// </summary>
public sealed class Table3OutcomeTotalRule : IReportRule
{
    public string Id => "T3-R2";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表三每列：三、（七）总计 = （一）至（六）各项办理结果之和";

    public string TitleEn => "Table 3, each column: total handled = sum of all outcome rows (1) to (6)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        var outcomes = cells.OutcomeRows.ToList();
        foreach (var column in ApplicantCounts.Columns)
        {
            if (cells.Raw(Table3Row.Total, column) is not { } total)
            {
                continue;
            }

            var sum = outcomes.Sum(r => cells.Value(r, column));
            if (total == sum)
            {
                continue;
            }

            var nonZero = outcomes.Where(r => cells.Value(r, column) != 0).ToList();
            var partsZh = nonZero.Count == 0 ? "各项办理结果均为 0" : $"各项办理结果之和 = {Say.Sum(nonZero.Select(r => cells.TermZh(r, column)))} = {Say.N(sum)}";
            var partsEn = nonZero.Count == 0 ? "the outcome rows are all 0" : $"the outcome rows add up to {Say.Sum(nonZero.Select(r => cells.TermEn(r, column)))} = {Say.N(sum)}";

            yield return new Finding(
                Id,
                Severity,
                $"表三“{Table3Cells.ColumnZh(column)}”列：（七）总计({Say.N(total)})，但{partsZh}，相差 {Say.Gap(total, sum)}。",
                $"Table 3, column \"{Table3Cells.ColumnEn(column)}\": total handled ({Say.N(total)}), but {partsEn}; difference {Say.Gap(total, sum)}.",
                ValueList.Of([cells.Cell(Table3Row.Total, column), .. outcomes.Select(r => cells.Cell(r, column))]),
                ValueList.Of<decimal>(total, sum, total - sum),
                new SourceLocation(cells.Cell(Table3Row.Total, column).Pointer));
        }
    }
}
