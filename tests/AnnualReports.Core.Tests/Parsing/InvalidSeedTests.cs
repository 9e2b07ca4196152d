using AnnualReports.Parsing;
using AnnualReports.TestKit;
using AnnualReports.Validation;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>The invalid variants in seeds/invalid: arithmetic ones parse cleanly (the validator catches them), parse-level ones fail with their finding.</summary>
public class InvalidSeedTests
{
    private static ParseResult Parse(string name)
    {
        var path = RepoPaths.File("seeds", "invalid", name);
        return DataFileParser.Parse(File.ReadAllBytes(path), path);
    }

    [Theory]
    [InlineData("t3-r1-balance-broken.json")]
    [InlineData("t3-r2-outcomes-do-not-add-up.json")]
    [InlineData("t3-r3-row-total-wrong.json")]
    [InlineData("t4-r1-review-total-wrong.json")]
    [InlineData("t2-r1-negative-count.json")]
    public void ArithmeticVariantsParseToAReportThatDiffersFromTheSeed(string name)
    {
        var result = Parse(name);

        Assert.Empty(result.Findings);
        Assert.NotNull(result.Report);
        Assert.NotEqual(SampleReports.Weixian2021(), result.Report);
        Assert.Equal(SampleReports.Weixian2021().Metadata, result.Report.Metadata);
    }

    [Theory]
    [InlineData("t3-r1-balance-broken.json", "T3-R1")]
    [InlineData("t3-r2-outcomes-do-not-add-up.json", "T3-R2")]
    [InlineData("t3-r3-row-total-wrong.json", "T3-R3")]
    [InlineData("t4-r1-review-total-wrong.json", "T4-R1")]
    [InlineData("t2-r1-negative-count.json", "T2-R1")]
    public void EachArithmeticVariantBreaksOnlyTheRuleItIsNamedFor(string name, string ruleId)
    {
        var findings = ReportValidator.Validate(Parse(name).Report!);

        Assert.NotEmpty(findings);
        Assert.All(findings.Where(f => f.IsError), f => Assert.Equal(ruleId, f.RuleId));
        Assert.Contains(findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void TheSeedItselfHasNoErrors()
    {
        Assert.DoesNotContain(ReportValidator.Validate(SampleReports.Weixian2021()), f => f.IsError);
    }

    [Theory]
    [InlineData("f-unknown-field.json", ParseRuleIds.Unknown, "/closingNote")]
    [InlineData("f-syntax-error.json", ParseRuleIds.Syntax, "")]
    public void ParseLevelVariantsGiveExactlyTheirFinding(string name, string ruleId, string pointer)
    {
        var result = Parse(name);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(pointer, finding.Location!.Pointer);
        Assert.NotNull(finding.Location.Line);
    }

    [Fact]
    public void EveryVariantIsDocumentedInTheReadme()
    {
        var readme = File.ReadAllText(RepoPaths.File("seeds", "invalid", "README.md"));
        var variants = Directory.GetFiles(RepoPaths.File("seeds", "invalid"), "*.json").Select(Path.GetFileName);

        Assert.All(variants, name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
    }
}
