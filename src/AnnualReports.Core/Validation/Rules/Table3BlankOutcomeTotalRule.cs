using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-B2: a cell of the 三（七）总计 row is blank although the outcome rows of its column are not all zero or blank
/// (every column, 总计 included). The other rules read the blank cell as the sum of the outcome rows, so T3-R2 is
/// not raised for it and T3-R1 checks the column with that sum.
/// Cells: the blank （七）总计 cell, then every outcome row of the column. Numbers: [the sum of the outcome rows].
/// </summary>
public sealed class Table3BlankOutcomeTotalRule : IReportRule
{
    public string Id => "T3-B2";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "表三“（七）总计”行某列为空，但该列各项办理结果不全为 0";

    public string TitleEn => "Table 3: a cell of the total-handled row is blank beside non-zero outcome rows";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        var outcomes = cells.OutcomeRows.ToList();
        foreach (var column in ApplicantCounts.Columns.Where(cells.IsBlankOutcomeTotalBesideParts))
        {
            var sum = cells.Value(Table3Row.Total, column);
            var nonZero = outcomes.Where(r => cells.Value(r, column) != 0).ToList();
            yield return new Finding(
                Id,
                Severity,
                $"表三“{Table3Cells.ColumnZh(column)}”列：（七）总计为空，但{Say.Sum(nonZero.Select(r => cells.TermZh(r, column)))} = {Say.N(sum)}。请填写 {Say.N(sum)}；校验时按 {Say.N(sum)} 计。",
                $"Table 3, column \"{Table3Cells.ColumnEn(column)}\": total handled is blank, but {Say.Sum(nonZero.Select(r => cells.TermEn(r, column)))} = {Say.N(sum)}. Fill in {Say.N(sum)}; the other checks read it as {Say.N(sum)}.",
                ValueList.Of([cells.Cell(Table3Row.Total, column), .. outcomes.Select(r => cells.Cell(r, column))]),
                ValueList.Of<decimal>(sum),
                new SourceLocation(cells.Cell(Table3Row.Total, column).Pointer));
        }
    }
}
