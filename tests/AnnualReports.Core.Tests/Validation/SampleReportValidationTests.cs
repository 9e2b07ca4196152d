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
    public void TheFullyWritten2019SampleValidatesWithoutAnyFinding() =>
        Assert.Empty(ReportValidator.Validate(SampleReports.Sample2019()));

    [Fact]
    public void The2019SampleWithBlanksOnlyMissesItsOtherMattersSection()
    {
        // Its tables add up with blanks beside numbers; its 六、其他需要报告的事项 is empty on purpose.
        var finding = Assert.Single(ReportValidator.Validate(SampleReports.Sample2019WithBlanks()));

        Assert.Equal("N-R1", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/otherMatters", finding.Location?.Pointer);
    }
}
