using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-R3: in every row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
/// Cells: the row's 总计, then its six applicant cells. Numbers: [总计, sum of the six, 总计 − sum].
/// A blank 总计 is skipped here: blank with zero parts is consistent, blank beside non-zero parts is T3-B1
/// (or T3-B2 for the （七）总计 row).
/// </summary>
public sealed class Table3RowTotalRule : IReportRule
{
    public string Id => "T3-R3";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表三每行：总计 = 自然人 + 五类法人或其他组织之和";

    public string TitleEn => "Table 3, each row: total = natural persons + the five kinds of organisations";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        foreach (var row in cells.Rows.Rows.Select(d => d.Row))
        {
            if (cells.Raw(row, ApplicantColumn.Total) is not { } total)
            {
                continue;
            }

            var sum = ApplicantCounts.PartColumns.Sum(c => cells.Value(row, c));
            if (total == sum)
            {
                continue;
            }

            var partsZh = Say.Sum(ApplicantCounts.PartColumns.Select(c => Say.TermZh(Table3Cells.ColumnZh(c), cells.Raw(row, c), cells.Value(row, c))));
            var partsEn = Say.Sum(ApplicantCounts.PartColumns.Select(c => Say.TermEn(Table3Cells.ColumnEn(c), cells.Raw(row, c), cells.Value(row, c))));

            yield return new Finding(
                Id,
                Severity,
                $"表三“{cells.LabelZh(row)}”行：总计({Say.N(total)})，但{partsZh} = {Say.N(sum)}，相差 {Say.Gap(total, sum)}。",
                $"Table 3, row \"{cells.LabelEn(row)}\": total ({Say.N(total)}), but {partsEn} = {Say.N(sum)}; difference {Say.Gap(total, sum)}.",
                ValueList.Of([cells.Cell(row, ApplicantColumn.Total), .. ApplicantCounts.PartColumns.Select(c => cells.Cell(row, c))]),
                ValueList.Of<decimal>(total, sum, total - sum),
                new SourceLocation(cells.Cell(row, ApplicantColumn.Total).Pointer));
        }
    }
}
