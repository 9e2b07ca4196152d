using AnnualReports.Findings;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

public class ReportValidatorTests
{
    [Fact]
    public void TheSeedValidatesWithoutAnyFinding()
    {
        // On time (2022-01-20, due 2022-01-31), 2021 layout for 2021, every section written, tables add up, and
        // its blank applicant cells beside 0 totals are consistent blanks: no error and no warning.
        var findings = ReportValidator.Validate(SampleReports.Weixian2021());

        Assert.Empty(findings);
    }

    [Fact]
    public void ReportsEveryBrokenRuleInOneRun()
    {
        var report = SampleReports.Weixian2021()
            .WithTable3(Table3Row.Granted, ApplicantColumn.NaturalPerson, 1)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Upheld, 2)
            .WithPublishDate(new DateOnly(2022, 3, 1))
            .WithAgency(a => a with { Id = "Wei Xian" });

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "D-R1", "M-R1", "T3-R2", "T3-R3", "T4-R1");
    }

    [Fact]
    public void OrdersFindingsByRuleIdThenByCell()
    {
        var report = SampleReports.Weixian2021()
            .WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Upheld, 1)
            .WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, 4)
            .WithTable3(Table3Row.Received, ApplicantColumn.Total, 4)
            .WithPublishDate(new DateOnly(2022, 2, 2));

        var findings = ReportValidator.Validate(report);

        Assert.Equal(["D-R1", "T3-R1", "T3-R1", "T4-R3"], findings.Select(f => f.RuleId));
        Assert.Equal(["/table3/received/0", "/table3/received/6"], findings.Where(f => f.RuleId == "T3-R1").Select(f => f.Pointers()[0]));
    }

    [Fact]
    public void GivesTheSameFindingsForTheSameReport()
    {
        var report = SampleReports.Weixian2021().WithTable3(Table3Row.Granted, ApplicantColumn.CommercialEnterprise, 2);

        Assert.Equal(ReportValidator.Validate(report), ReportValidator.Validate(report));
    }

    [Fact]
    public void WithoutContextActsAsWithAnEmptyContext()
    {
        var report = SampleReports.Weixian2021().WithTable3(Table3Row.CarriedOver, ApplicantColumn.Total, 5);

        Assert.Equal(ReportValidator.Validate(report, new ValidationContext()), ReportValidator.Validate(report));
    }

    [Fact]
    public void ErrorsAndWarningsCarryTheirRulesSeverity()
    {
        var report = SampleReports.Weixian2021()
            .WithTable3(Table3Row.Received, ApplicantColumn.Total, null)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, 7);

        var findings = ReportValidator.Validate(report);

        Assert.Equal(Severity.Warning, Assert.Single(findings, f => f.RuleId == "T3-B1").Severity);
        Assert.Equal(Severity.Error, Assert.Single(findings, f => f.RuleId == "T4-R1").Severity);
        Assert.All(findings, f => Assert.Equal(RuleCatalog.Find(f.RuleId)!.Severity, f.Severity));
    }
}
