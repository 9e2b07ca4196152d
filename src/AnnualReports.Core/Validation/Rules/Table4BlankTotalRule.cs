using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T4-B1: a group's 总计 is blank although its four parts are not all zero or blank. T4-R1..R3 are not raised
/// for that group. Cells: the blank 总计, then the four parts. Numbers: [the sum of the parts].
/// </summary>
public sealed class Table4BlankTotalRule : IReportRule
{
    private static readonly CaseOutcome[] Parts = [CaseOutcome.Upheld, CaseOutcome.Corrected, CaseOutcome.Other, CaseOutcome.Pending];

    public string Id => "T4-B1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "表四某组“总计”为空，但该组各项不全为 0";

    public string TitleEn => "Table 4: a group's total is blank beside non-zero parts";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (group, outcomes) in report.ReviewsAndLitigation.Groups)
        {
            if (outcomes.Total is not null || Parts.All(p => (outcomes[p] ?? 0) == 0))
            {
                continue;
            }

            var sum = Parts.Sum(p => outcomes[p] ?? 0);
            var nonZero = Parts.Where(p => (outcomes[p] ?? 0) != 0).ToList();
            yield return new Finding(
                Id,
                Severity,
                $"表四“{group.Label()}”：总计为空，但{Say.Sum(nonZero.Select(p => Say.TermZh(p.Label(), outcomes[p], outcomes[p] ?? 0)))} = {Say.N(sum)}。请填写总计 {Say.N(sum)}。",
                $"Table 4, {group.English()}: the total is blank, but {Say.Sum(nonZero.Select(p => Say.TermEn(p.English(), outcomes[p], outcomes[p] ?? 0)))} = {Say.N(sum)}. Fill in {Say.N(sum)}.",
                ValueList.Of([ReportCells.Table4(group, CaseOutcome.Total), .. Parts.Select(p => ReportCells.Table4(group, p))]),
                ValueList.Of<decimal>(sum),
                new SourceLocation(ReportCells.Table4(group, CaseOutcome.Total).Pointer));
        }
    }
}
