using AnnualReports.Reports;
using AnnualReports.Validation.Rules;

namespace AnnualReports.Validation;

/// <summary>Every validation rule, in rule id order. Adding a rule means adding it here and to docs/rules.md.</summary>
public static class ReportRules
{
    public static IReadOnlyList<IReportRule> All { get; } =
    [
        .. new IReportRule[]
        {
            new DeadlineRule(),
            new LayoutYearRule(),
            new AgencyIdRule(),
            new YearRangeRule(),
            new PublishDateBeforeYearEndRule(),
            new AgencyNameRule(),
            new RegionCodeRule(),
            new RegionNameRule(),
            new RequiredNarrativeRule(),
            new Table2NonNegativeRule(),
            new Table2InForceRule(),
            new Table3BlankRowTotalRule(),
            new Table3BlankOutcomeTotalRule(),
            new Table3ColumnBalanceRule(),
            new Table3OutcomeTotalRule(),
            new Table3RowTotalRule(),
            new Table3NonNegativeRule(),
            new Table3CarryOverRule(),
            new Table4BlankTotalRule(),
            new Table4GroupTotalRule(Table4Group.AdministrativeReview),
            new Table4GroupTotalRule(Table4Group.LitigationWithoutReview),
            new Table4GroupTotalRule(Table4Group.LitigationAfterReview),
            new Table4NonNegativeRule(),
        }.OrderBy(rule => rule.Id, StringComparer.Ordinal),
    ];
}
