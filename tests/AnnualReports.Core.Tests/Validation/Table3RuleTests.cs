using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>T3-R1..R4 and the blank-total warnings T3-B1/B2, on the seed (2021 layout) and a 2019-layout report.</summary>
public class Table3RuleTests
{
    private static AnnualReport Seed => SampleReports.Weixian2021();

    [Fact]
    public void RejectsAColumnWhereReceivedPlusCarriedOverIsNotHandledPlusCarriedForward()
    {
        var report = Seed
            .WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, 4)
            .WithTable3(Table3Row.Received, ApplicantColumn.Total, 4);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-R1");
        var natural = findings[0];
        Assert.Equal(["/table3/received/0", "/table3/carriedOver/0", "/table3/total/0", "/table3/carriedForward/0"], natural.Pointers());
        Assert.Equal([4m, 3m, 1m], natural.NumberList());
        Assert.Equal(
            "表三“自然人”列：一、本年新收(4) + 二、上年结转(空) = 4，但（七）总计(3) + 四、结转下年度(空) = 3，相差 1。本列应满足：第一项加第二项之和，等于第三项加第四项之和。",
            natural.MessageZh);
        Assert.Contains("column \"natural persons\"", natural.MessageEn, StringComparison.Ordinal);
        Assert.Equal("/table3/received/6", findings[1].Pointers()[0]);
    }

    [Fact]
    public void RejectsOnlyTheOutcomeTotalWhenAnOutcomeRowAndItsTotalAreBothRight()
    {
        // Moving one request from 自然人 to 其他 in an outcome row only: the row still adds up, the 自然人 and 其他
        // columns no longer match their （七）总计.
        var report = Seed
            .WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.NaturalPerson, 2)
            .WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.OtherOrganization, 1)
            .WithTable3(Table3Row.Total, ApplicantColumn.OtherOrganization, 0);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-R2");
        Assert.Equal(1 + Table3Layout.V2021.OutcomeRows.Count(), findings[0].Cells.Count);
        Assert.Contains("/table3/otherHandling/other/0", findings[0].Pointers());
        Assert.Equal(["/table3/total/0", "/table3/total/5"], findings.Select(f => f.Pointers()[0]));
        Assert.Equal([3m, 2m, 1m], findings[0].NumberList());
        Assert.Equal([0m, 1m, -1m], findings[1].NumberList());
        Assert.Equal("表三“自然人”列：（七）总计(3)，但各项办理结果之和 = （四）无法提供1.本机关不掌握相关政府信息(2) = 2，相差 1。", findings[0].MessageZh);
    }

    [Fact]
    public void RejectsARowWhoseTotalIsNotTheSumOfItsApplicants()
    {
        // 一 and 四 both gain one in the 总计 column only: the 总计 column still balances (4 + 0 = 3 + 1),
        // but neither row's 总计 is the sum of its applicant cells.
        var report = Seed
            .WithTable3(Table3Row.Received, ApplicantColumn.Total, 4)
            .WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, 1);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-R3");
        Assert.Equal(2, findings.Count);
        var received = findings[0];
        Assert.Equal(
            ["/table3/received/6", "/table3/received/0", "/table3/received/1", "/table3/received/2", "/table3/received/3", "/table3/received/4", "/table3/received/5"],
            received.Pointers());
        Assert.Equal([4m, 3m, 1m], received.NumberList());
        Assert.StartsWith("表三“一、本年新收政府信息公开申请数量”行：总计(4)，但自然人(3) + 商业企业(空)", received.MessageZh, StringComparison.Ordinal);
        Assert.Equal("/table3/carriedForward/6", findings[1].Pointers()[0]);
    }

    [Fact]
    public void RejectsNegativeCellsEachOnItsOwn()
    {
        // Two negatives placed so that every row and column still adds up.
        var report = Seed
            .WithTable3(Table3Row.Granted, ApplicantColumn.NaturalPerson, -1)
            .WithTable3(Table3Row.Granted, ApplicantColumn.CommercialEnterprise, 1)
            .WithTable3(Table3Row.UnavailableNeedsCreation, ApplicantColumn.NaturalPerson, 1)
            .WithTable3(Table3Row.UnavailableNeedsCreation, ApplicantColumn.CommercialEnterprise, -1)
            .WithTable3(Table3Row.Total, ApplicantColumn.CommercialEnterprise, 0);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-R4");
        Assert.Equal(["/table3/granted/0", "/table3/unavailable/needsCreation/1"], findings.Select(f => Assert.Single(f.Pointers())));
        Assert.All(findings, f => Assert.Equal([-1m], f.NumberList()));
    }

    [Fact]
    public void WarnsOfABlankRowTotalBesideNonZeroApplicantsInsteadOfRejectingIt()
    {
        var report = Seed.WithTable3(Table3Row.Received, ApplicantColumn.Total, null);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-B1");
        var finding = Assert.Single(findings);
        Assert.Equal("/table3/received/6", finding.Pointers()[0]);
        Assert.Equal(7, finding.Cells.Count);
        Assert.Equal([3m], finding.NumberList());
        Assert.Contains("总计为空，但自然人(3) = 3", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsABlankRowTotalAsTheSumOfItsPartsInTheColumnBalance()
    {
        // The blank 总计 of 一 is read as 4 (its parts), so the 总计 column's 4 + 0 ≠ 3 + 0 is still an error,
        // beside the 自然人 column's; no T3-R3 is raised for the blank total itself.
        var report = Seed
            .WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, 4)
            .WithTable3(Table3Row.Received, ApplicantColumn.Total, null);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-B1", "T3-R1");
        var totalColumn = Assert.Single(findings, f => f.RuleId == "T3-R1" && f.Pointers()[0] == "/table3/received/6");
        Assert.Equal([4m, 3m, 1m], totalColumn.NumberList());
        Assert.Contains("一、本年新收(空，按4计)", totalColumn.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsOfABlankTotalHandledBesideNonZeroOutcomesInsteadOfRejectingIt()
    {
        var report = Seed.WithTable3(Table3Row.Total, ApplicantColumn.NaturalPerson, null);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-B2");
        var finding = Assert.Single(findings);
        Assert.Equal("/table3/total/0", finding.Pointers()[0]);
        Assert.Contains("/table3/unavailable/notHeld/0", finding.Pointers());
        Assert.Equal([3m], finding.NumberList());
    }

    [Fact]
    public void WarnsOnceOfABlankGrandTotalAndChecksTheRestWithTheSumOfTheOutcomes()
    {
        var report = Seed.WithTable3(Table3Row.Total, ApplicantColumn.Total, null);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T3-B2");
        Assert.Equal("/table3/total/6", Assert.Single(findings).Pointers()[0]);
    }

    [Fact]
    public void DoesNotWarnOfBlankCellsWhoseTotalsAreZero()
    {
        var report = Seed
            .WithTable3(Table3Row.Granted, ApplicantColumn.Total, null)
            .WithTable3(Table3Row.CarriedForward, ApplicantColumn.Total, null);

        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void ChecksTheSingleOtherHandlingRowOfThe2019Layout()
    {
        var report = Trial2019();
        Assert.Empty(ReportValidator.Validate(report));

        var broken = report.WithTable3(Table3Row.OtherHandling, ApplicantColumn.NaturalPerson, (report.Applications[Table3Row.OtherHandling].NaturalPerson ?? 0) + 1);

        var findings = ReportValidator.Validate(broken);

        AssertRules(findings, "T3-R2", "T3-R3");
        var column = Assert.Single(findings, f => f.RuleId == "T3-R2");
        Assert.Contains("/table3/otherHandling/0", column.Pointers());
        Assert.Equal(1 + Table3Layout.V2019.OutcomeRows.Count(), column.Cells.Count);
        Assert.Equal("/table3/otherHandling/6", Assert.Single(findings, f => f.RuleId == "T3-R3").Pointers()[0]);
    }

    /// <summary>A consistent 2019-layout report whose （六） and （七） rows are written out, so edits stay predictable.</summary>
    private static AnnualReport Trial2019()
    {
        var report = ConsistentReports.Generate(new Random(2019), LayoutVersion.V2019);
        foreach (var column in ApplicantCounts.PartColumns)
        {
            var otherHandling = report.Applications[Table3Row.OtherHandling][column] ?? 0;
            report = report
                .WithTable3(Table3Row.OtherHandling, column, otherHandling)
                .WithTable3(Table3Row.Total, column, report.Applications[Table3Row.Total][column] ?? 0);
        }

        return report
            .WithTable3(Table3Row.OtherHandling, ApplicantColumn.Total, report.Applications[Table3Row.OtherHandling].Total ?? 0)
            .WithTable3(Table3Row.Total, ApplicantColumn.Total, report.Applications[Table3Row.Total].Total ?? 0);
    }
}
