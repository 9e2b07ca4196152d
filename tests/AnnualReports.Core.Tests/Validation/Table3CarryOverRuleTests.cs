using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>T3-X1: last year's 四、结转下年度继续办理 is this year's 二、上年结转.</summary>
public class Table3CarryOverRuleTests
{
    /// <summary>
    /// A 2020 report that carried two requests of natural persons into 2021, which the seed does not show.
    /// Its 9 normative documents in force agree with the seed's (9 + 6 issued − 0 repealed = 15), so T2-X1 is quiet.
    /// </summary>
    private static AnnualReport PreviousWithTwoCarriedForward() => SampleReports.Weixian2021()
        .WithYear(2020)
        .WithPublishDate(new DateOnly(2021, 1, 20))
        .WithTable2((Table2Of2021)SampleReports.Weixian2021().ActiveDisclosure with { NormativeDocuments = new DocumentCounts(2, 0, 9) })
        .WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, 5)
        .WithTable3(Table3Row.Received, ApplicantColumn.Total, 5)
        .WithTable3(Table3Row.CarriedForward, ApplicantColumn.NaturalPerson, 2)
        .WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 2);

    [Fact]
    public void WarnsWhenThisYearsCarriedOverIsNotLastYearsCarriedForward()
    {
        var findings = ReportValidator.Validate(SampleReports.Weixian2021(), new ValidationContext(PreviousWithTwoCarriedForward()));

        AssertRules(findings, "T3-X1");
        Assert.Equal(["/table3/carriedOver/0", "/table3/carriedOver/6"], findings.Select(f => Assert.Single(f.Pointers())));
        Assert.Equal([0m, 2m, -2m], findings[0].NumberList());
        Assert.Equal([0m, 2m, -2m], findings[1].NumberList());
        Assert.Contains("本年二、上年结转(空)，但2020年报告四、结转下年度继续办理(2)，相差 2", findings[0].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsACarriedOverThatMatchesLastYear()
    {
        var report = SampleReports.Weixian2021()
            .WithTable3(Table3Row.CarriedOver, ApplicantColumn.NaturalPerson, 2)
            .WithTable3(Table3Row.CarriedOver, ApplicantColumn.Total, 2)
            .WithTable3(Table3Row.CarriedForward, ApplicantColumn.NaturalPerson, 2)
            .WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 2);

        Assert.Empty(ReportValidator.Validate(report, new ValidationContext(PreviousWithTwoCarriedForward())));
    }

    [Fact]
    public void RunsOnlyWithAPreviousReport()
    {
        var report = SampleReports.Weixian2021();

        Assert.Empty(ReportValidator.Validate(report));
        Assert.NotEmpty(ReportValidator.Validate(report, new ValidationContext(PreviousWithTwoCarriedForward())));
    }

    [Fact]
    public void IgnoresAPreviousReportThatIsNotTheYearBefore()
    {
        var twoYearsBefore = PreviousWithTwoCarriedForward().WithYear(2019).WithPublishDate(new DateOnly(2020, 1, 20));

        Assert.Empty(ReportValidator.Validate(SampleReports.Weixian2021(), new ValidationContext(twoYearsBefore)));
    }

    [Fact]
    public void ComparesAReportWithA2019LayoutReportOfTheYearBefore()
    {
        var previous = ConsistentReports.Generate(new Random(4), LayoutVersion.V2019);
        var report = ConsistentReports.Generate(new Random(5), LayoutVersion.V2021, previous);
        var carriedOver = report.Applications[Table3Row.CarriedOver].NaturalPerson ?? 0;

        var consistent = ReportValidator.Validate(report, new ValidationContext(previous));
        var broken = ReportValidator.Validate(
            report.WithTable3(Table3Row.CarriedOver, ApplicantColumn.NaturalPerson, carriedOver + 1),
            new ValidationContext(previous));

        Assert.DoesNotContain(consistent, f => f.RuleId == "T3-X1");
        var finding = Assert.Single(broken, f => f.RuleId == "T3-X1");
        Assert.Equal(["/table3/carriedOver/0"], finding.Pointers());
        Assert.Equal([carriedOver + 1m, carriedOver, 1m], finding.NumberList());
    }
}
