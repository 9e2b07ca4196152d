using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-B1: a row's 总计 is blank although its six applicant cells are not all zero or blank. Checked for every
/// row but （七）总计, whose cells T3-B2 covers. The other rules read the blank total as the sum of its parts, so
/// T3-R3 is not raised for it.
/// Cells: the blank 总计, then the six applicant cells. Numbers: [the sum of the six].
/// </summary>
public sealed class Table3BlankRowTotalRule : IReportRule
{
    public string Id => "T3-B1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "表三某行“总计”为空，但该行申请人各列不全为 0";

    public string TitleEn => "Table 3: a row's total is blank beside non-zero applicant cells";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        foreach (var row in cells.Rows.Rows.Select(d => d.Row).Where(cells.IsBlankRowTotalBesideParts))
        {
            var sum = cells.Value(row, ApplicantColumn.Total);
            var parts = ApplicantCounts.PartColumns.Where(c => cells.Value(row, c) != 0).ToList();
            yield return new Finding(
                Id,
                Severity,
                $"表三“{cells.LabelZh(row)}”行：总计为空，但{Say.Sum(parts.Select(c => Say.TermZh(Table3Cells.ColumnZh(c), cells.Raw(row, c), cells.Value(row, c))))} = {Say.N(sum)}。请填写总计 {Say.N(sum)}；校验时按 {Say.N(sum)} 计。",
                $"Table 3, row \"{cells.LabelEn(row)}\": the total is blank, but {Say.Sum(parts.Select(c => Say.TermEn(Table3Cells.ColumnEn(c), cells.Raw(row, c), cells.Value(row, c))))} = {Say.N(sum)}. Fill in {Say.N(sum)}; the other checks read it as {Say.N(sum)}.",
                ValueList.Of([cells.Cell(row, ApplicantColumn.Total), .. ApplicantCounts.PartColumns.Select(c => cells.Cell(row, c))]),
                ValueList.Of<decimal>(sum),
                new SourceLocation(cells.Cell(row, ApplicantColumn.Total).Pointer));
        }
    }
}
