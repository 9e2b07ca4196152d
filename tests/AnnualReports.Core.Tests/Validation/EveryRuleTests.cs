using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>
/// One report per rule that breaks only that rule; a rule added to <see cref="ReportRules.All"/> without a case here
/// fails <see cref="EveryRuleHasABreakingCase"/>. The per-table test files check the cells and numbers.
/// </summary>
public class EveryRuleTests
{
    private static AnnualReport Seed => SampleReports.Weixian2021();

    private static readonly Dictionary<string, Func<(AnnualReport Report, ValidationContext Context)>> Cases = new()
    {
        ["D-R1"] = () => (Seed.WithPublishDate(new DateOnly(2022, 2, 1)), ValidationContext.None),
        ["L-R1"] = () => (Seed.WithYear(2020).WithPublishDate(new DateOnly(2021, 1, 5)), ValidationContext.None),
        ["M-R1"] = () => (Seed.WithAgency(a => a with { Id = "威县" }), ValidationContext.None),
        ["M-R2"] = () => (Seed.WithYear(2101), ValidationContext.None),
        ["M-R3"] = () => (Seed.WithPublishDate(new DateOnly(2021, 6, 1)), ValidationContext.None),
        ["M-R4"] = () => (Seed.WithAgency(a => a with { Name = "" }), ValidationContext.None),
        ["M-R5"] = () => (Seed.WithAgency(a => a with { RegionCode = "139999" }), ValidationContext.None),
        ["M-R6"] = () => (Seed.WithAgency(a => a with { Region = "朝阳区", RegionCode = null }), ValidationContext.None),
        ["N-R1"] = () => (Seed with { Overview = NarrativeSection.Empty }, ValidationContext.None),
        ["T2-R1"] = () => (Seed.WithTable2((Table2Of2021)Seed.ActiveDisclosure with { LicensingDecisions = -4 }), ValidationContext.None),
        ["T2-X1"] = () => (Seed, new ValidationContext(Seed.WithYear(2020).WithPublishDate(new DateOnly(2021, 1, 5)))),
        ["T3-B1"] = () => (Seed.WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.Total, null), ValidationContext.None),
        ["T3-B2"] = () => (Seed.WithTable3(Table3Row.Total, ApplicantColumn.NaturalPerson, null), ValidationContext.None),
        ["T3-R1"] = () => (Seed.WithTable3(Table3Row.CarriedForward, ApplicantColumn.NaturalPerson, 1).WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 1), ValidationContext.None),
        ["T3-R2"] = () => (Seed.WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.NaturalPerson, 2).WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.OtherOrganization, 1).WithTable3(Table3Row.Total, ApplicantColumn.OtherOrganization, 0), ValidationContext.None),
        ["T3-R3"] = () => (Seed.WithTable3(Table3Row.Received, ApplicantColumn.Total, 4).WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 1), ValidationContext.None),
        ["T3-R4"] = () => (Seed.WithTable3(Table3Row.Granted, ApplicantColumn.NaturalPerson, -1).WithTable3(Table3Row.Granted, ApplicantColumn.CommercialEnterprise, 1).WithTable3(Table3Row.UnavailableNeedsCreation, ApplicantColumn.NaturalPerson, 1).WithTable3(Table3Row.UnavailableNeedsCreation, ApplicantColumn.CommercialEnterprise, -1).WithTable3(Table3Row.Total, ApplicantColumn.CommercialEnterprise, 0), ValidationContext.None),
        ["T3-X1"] = () => (Seed, new ValidationContext(Seed.WithYear(2020).WithPublishDate(new DateOnly(2021, 1, 5))
            .WithTable2((Table2Of2021)Seed.ActiveDisclosure with { NormativeDocuments = new DocumentCounts(6, 0, 9) })
            .WithTable3(Table3Row.Received, ApplicantColumn.OtherOrganization, 1).WithTable3(Table3Row.Received, ApplicantColumn.Total, 4)
            .WithTable3(Table3Row.CarriedForward, ApplicantColumn.OtherOrganization, 1).WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 1))),
        ["T4-B1"] = () => (Seed.WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Pending, 1).WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Total, null), ValidationContext.None),
        ["T4-R1"] = () => (Seed.WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, 1), ValidationContext.None),
        ["T4-R2"] = () => (Seed.WithTable4(Table4Group.LitigationWithoutReview, CaseOutcome.Other, 1), ValidationContext.None),
        ["T4-R3"] = () => (Seed.WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Corrected, 3), ValidationContext.None),
        ["T4-R4"] = () => (Seed.WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Upheld, -2).WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Pending, 2), ValidationContext.None),
    };

    public static TheoryData<string> RuleIds => [.. ReportRules.All.Select(r => r.Id)];

    [Fact]
    public void EveryRuleHasABreakingCase() =>
        Assert.Equal(ReportRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EachRuleIsCaughtOnAReportThatBreaksOnlyIt(string ruleId)
    {
        var (report, context) = Cases[ruleId]();

        var findings = ReportValidator.Validate(report, context);

        AssertRules(findings, ruleId);
        Assert.All(findings, f =>
        {
            Assert.NotEmpty(f.MessageZh);
            Assert.NotEmpty(f.MessageEn);
            Assert.NotEmpty(f.Cells);
            Assert.Equal(f.Cells[0].Pointer, f.Location?.Pointer);
        });
    }
}
