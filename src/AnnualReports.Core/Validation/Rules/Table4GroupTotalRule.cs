using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T4-R1 (行政复议), T4-R2 (未经复议直接起诉), T4-R3 (复议后起诉): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
/// One rule class, one instance per group. Cells: the group's 总计, then its four parts.
/// Numbers: [总计, sum of the parts, 总计 − sum]. A blank 总计 is skipped here (blank beside non-zero parts is T4-B1).
/// </summary>
public sealed class Table4GroupTotalRule(Table4Group group) : IReportRule
{
    private static readonly CaseOutcome[] Parts = [CaseOutcome.Upheld, CaseOutcome.Corrected, CaseOutcome.Other, CaseOutcome.Pending];

    public Table4Group Group { get; } = group;

    public string Id => Group switch
    {
        Table4Group.AdministrativeReview => "T4-R1",
        Table4Group.LitigationWithoutReview => "T4-R2",
        Table4Group.LitigationAfterReview => "T4-R3",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public Severity Severity => Severity.Error;

    public string TitleZh => $"表四“{Group.Label()}”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结";

    public string TitleEn => $"Table 4, {Group.English()}: total = upheld + corrected + other result + pending";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outcomes = report.ReviewsAndLitigation[Group];
        if (outcomes.Total is not { } total)
        {
            yield break;
        }

        var sum = Parts.Sum(p => outcomes[p] ?? 0);
        if (total == sum)
        {
            yield break;
        }

        var partsZh = Say.Sum(Parts.Select(p => Say.TermZh(p.Label(), outcomes[p], outcomes[p] ?? 0)));
        var partsEn = Say.Sum(Parts.Select(p => Say.TermEn(p.English(), outcomes[p], outcomes[p] ?? 0)));
        yield return new Finding(
            Id,
            Severity,
            $"表四“{Group.Label()}”：总计({Say.N(total)})，但{partsZh} = {Say.N(sum)}，相差 {Say.Gap(total, sum)}。",
            $"Table 4, {Group.English()}: total ({Say.N(total)}), but {partsEn} = {Say.N(sum)}; difference {Say.Gap(total, sum)}.",
            ValueList.Of([ReportCells.Table4(Group, CaseOutcome.Total), .. Parts.Select(p => ReportCells.Table4(Group, p))]),
            ValueList.Of<decimal>(total, sum, total - sum),
            new SourceLocation(ReportCells.Table4(Group, CaseOutcome.Total).Pointer));
    }
}
