using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>T4-R1..R4 and T4-B1 (table 四 is the same in both layouts).</summary>
public class Table4RuleTests
{
    [Theory]
    [InlineData(Table4Group.AdministrativeReview, "T4-R1", 4)]
    [InlineData(Table4Group.LitigationWithoutReview, "T4-R2", 9)]
    [InlineData(Table4Group.LitigationAfterReview, "T4-R3", 14)]
    public void RejectsAGroupWhoseTotalIsNotTheSumOfItsOutcomes(Table4Group group, string ruleId, int totalIndex)
    {
        var report = SampleReports.Weixian2021()
            .WithTable4(group, CaseOutcome.Upheld, 2)
            .WithTable4(group, CaseOutcome.Pending, 1)
            .WithTable4(group, CaseOutcome.Total, 2);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, ruleId);
        var finding = Assert.Single(findings);
        Assert.Equal(
            [$"/table4/{totalIndex}", $"/table4/{totalIndex - 4}", $"/table4/{totalIndex - 3}", $"/table4/{totalIndex - 2}", $"/table4/{totalIndex - 1}"],
            finding.Pointers());
        Assert.Equal([2m, 3m, -1m], finding.NumberList());
        Assert.Equal(
            $"表四“{group.Label()}”：总计(2)，但结果维持(2) + 结果纠正(0) + 其他结果(0) + 尚未审结(1) = 3，相差 1。",
            finding.MessageZh);
    }

    [Fact]
    public void RejectsNegativeCellsEvenWhenTheGroupAddsUp()
    {
        var report = SampleReports.Weixian2021()
            .WithTable4(Table4Group.LitigationWithoutReview, CaseOutcome.Upheld, -1)
            .WithTable4(Table4Group.LitigationWithoutReview, CaseOutcome.Corrected, 1);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T4-R4");
        var finding = Assert.Single(findings);
        Assert.Equal(["/table4/5"], finding.Pointers());
        Assert.Equal([-1m], finding.NumberList());
    }

    [Fact]
    public void WarnsOfABlankTotalBesideNonZeroOutcomesInsteadOfRejectingIt()
    {
        var report = SampleReports.Weixian2021()
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Corrected, 2)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, null);

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "T4-B1");
        var finding = Assert.Single(findings);
        Assert.Equal("/table4/4", finding.Pointers()[0]);
        Assert.Equal([2m], finding.NumberList());
    }

    [Fact]
    public void AcceptsABlankGroupWithNothingInIt()
    {
        var report = SampleReports.Weixian2021().WithTable4(Table4.FromCells([.. Enumerable.Repeat<int?>(null, 15)]));

        Assert.Empty(ReportValidator.Validate(report));
    }
}
