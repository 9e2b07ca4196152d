using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>T2-R1 (both layouts) and T2-X1.</summary>
public class Table2RuleTests
{
    private static Table2Of2021 SeedTable2 => (Table2Of2021)SampleReports.Weixian2021().ActiveDisclosure;

    private static AnnualReport Trial2019 => ConsistentReports.Generate(new Random(2019), LayoutVersion.V2019);

    private static Table2Of2019 Trial2019Table2 => (Table2Of2019)Trial2019.ActiveDisclosure;

    [Fact]
    public void RejectsANegativeCountInThe2021Layout()
    {
        var report = SampleReports.Weixian2021().WithTable2(SeedTable2 with { Rules = new DocumentCounts(-1, 0, 0) });

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T2-R1");
        var finding = Assert.Single(findings);
        Assert.Equal(["/table2/rules/issued"], finding.Pointers());
        Assert.Equal([-1m], finding.NumberList());
        Assert.Equal("表二“规章 本年制发件数”为 -1，不能为负数。", finding.MessageZh);
    }

    [Fact]
    public void RejectsANegativeFee()
    {
        var report = SampleReports.Weixian2021().WithTable2(SeedTable2 with { FeesTenThousandYuan = -0.5m });

        var finding = Assert.Single(ReportValidator.Validate(report));

        Assert.Equal("T2-R1", finding.RuleId);
        Assert.Equal(["/table2/fees/amount"], finding.Pointers());
        Assert.Equal([-0.5m], finding.NumberList());
    }

    [Fact]
    public void AcceptsANegativeChangeInThe2019Layout()
    {
        var report = Trial2019.WithTable2(Trial2019Table2 with
        {
            Licensing = Trial2019Table2.Licensing with { Change = -3 },
            Fees = Trial2019Table2.Fees with { Change = -1 },
        });

        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void RejectsOtherNegativeCellsInThe2019Layout()
    {
        var report = Trial2019.WithTable2(Trial2019Table2 with
        {
            Licensing = Trial2019Table2.Licensing with { PreviousYearItems = -1 },
            Procurement = Trial2019Table2.Procurement with { TotalAmount = -2.5m },
        });

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T2-R1");
        Assert.Equal(
            ["/table2/licensing/previousYearItems", "/table2/procurement/totalAmount"],
            findings.Select(f => Assert.Single(f.Pointers())));
        Assert.Equal([-2.5m], findings[1].NumberList());
    }

    [Fact]
    public void WarnsWhenDocumentsInForceDoNotFollowFromLastYear()
    {
        // 2020: 10 normative documents in force; 2021: 6 issued, 0 repealed, so 16 expected, 15 written.
        var previous = LastYearWithNormativeDocumentsInForce(10);

        var findings = ReportValidator.Validate(SampleReports.Weixian2021(), new ValidationContext(previous));

        AssertRules(findings, "T2-X1");
        var finding = Assert.Single(findings);
        Assert.Equal(["/table2/normativeDocuments/inForce", "/table2/normativeDocuments/issued", "/table2/normativeDocuments/repealed"], finding.Pointers());
        Assert.Equal([15m, 16m, -1m], finding.NumberList());
        Assert.StartsWith("表二“行政规范性文件”：现行有效件数(15)，但2020年现行有效件数(10) + 本年制发件数(6) − 本年废止件数(0) = 16，相差 1。", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsDocumentsInForceThatFollowFromLastYear()
    {
        Assert.Empty(ReportValidator.Validate(SampleReports.Weixian2021(), new ValidationContext(LastYearWithNormativeDocumentsInForce(9))));
    }

    [Fact]
    public void DoesNotCompareDocumentsInForceWithoutTwo2021LayoutReports()
    {
        var previous2019 = Trial2019.WithYear(2020);

        Assert.DoesNotContain(ReportValidator.Validate(SampleReports.Weixian2021(), new ValidationContext(previous2019)), f => f.RuleId == "T2-X1");
        Assert.Empty(ReportValidator.Validate(SampleReports.Weixian2021()));
    }

    private static AnnualReport LastYearWithNormativeDocumentsInForce(int inForce) => SampleReports.Weixian2021()
        .WithYear(2020)
        .WithPublishDate(new DateOnly(2021, 1, 20))
        .WithTable2(SeedTable2 with { NormativeDocuments = new DocumentCounts(2, 0, inForce) });
}
