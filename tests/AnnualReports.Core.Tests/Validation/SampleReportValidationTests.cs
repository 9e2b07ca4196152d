using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.TestKit;
using AnnualReports.Validation;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>The seed and the hand-written samples, as parsed from their files and as built in code.</summary>
public class SampleReportValidationTests
{
    [Theory]
    [InlineData("weixian-2021.json")]
    [InlineData("weixian-2021.yaml")]
    public void TheSeedFileParsesAndValidatesWithoutAnyFinding(string fileName)
    {
        var parsed = DataFileParser.Parse(File.ReadAllBytes(RepoPaths.File("seeds", fileName)), fileName);

        Assert.Empty(parsed.Findings);
        Assert.Empty(ReportValidator.Validate(parsed.Report!));
    }

    [Fact]
    public void TheFullyWritten2019SampleOnlyWarnsThatItsMadeUpRegionIsNoDivision()
    {
        // 示例省示例市示例县 is made up, so the agency cannot be placed in the hierarchy (M-R6).
        var finding = Assert.Single(ReportValidator.Validate(SampleReports.Sample2019()));

        Assert.Equal("M-R6", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/agency/region", finding.Location?.Pointer);
    }

    [Fact]
    public void The2019SampleWithBlanksOnlyMissesItsOtherMattersSection()
    {
        // Its tables add up with blanks beside numbers; its 六、其他需要报告的事项 is empty on purpose.
        // Its region 某省某市某县 is made up as well (M-R6).
        var findings = ReportValidator.Validate(SampleReports.Sample2019WithBlanks());
        Assert.Equal(["M-R6", "N-R1"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        var finding = findings.Single(f => f.RuleId == "N-R1");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/otherMatters", finding.Location?.Pointer);
    }
}
