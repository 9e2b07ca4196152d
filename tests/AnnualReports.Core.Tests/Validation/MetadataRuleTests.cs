using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using static AnnualReports.Core.Tests.Validation.FindingAssertions;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>M-R1..R4, D-R1, L-R1, N-R1.</summary>
public class MetadataRuleTests
{
    private static AnnualReport Seed => SampleReports.Weixian2021();

    [Theory]
    [InlineData("Weixian")]
    [InlineData("wei xian")]
    [InlineData("-weixian")]
    [InlineData("")]
    public void RejectsAnAgencyIdThatIsNotASlug(string id)
    {
        var finding = Assert.Single(ReportValidator.Validate(Seed.WithAgency(a => a with { Id = id })));

        Assert.Equal("M-R1", finding.RuleId);
        Assert.Equal(["/agency/id"], finding.Pointers());
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2101)]
    public void RejectsAYearOutOfRange(int year)
    {
        // 2101 fits the 2021 layout; 2007 also breaks L-R1. The date rules skip an absurd year.
        var findings = ReportValidator.Validate(Seed.WithYear(year));

        Assert.Contains(findings, f => f.RuleId == "M-R2" && f.NumberList().SequenceEqual([(decimal)year]));
        Assert.DoesNotContain(findings, f => f.RuleId is "M-R3" or "D-R1");
        Assert.All(findings, f => Assert.True(f.RuleId is "M-R2" or "L-R1", f.ToString()));
    }

    [Fact]
    public void WarnsOfAPublishDateBeforeTheYearEnded()
    {
        var findings = ReportValidator.Validate(Seed.WithPublishDate(new DateOnly(2021, 12, 31)));

        AssertRules(findings, "M-R3");
        Assert.Equal(["/publishDate", "/year"], Assert.Single(findings).Pointers());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RejectsAnEmptyAgencyName(string name)
    {
        var finding = Assert.Single(ReportValidator.Validate(Seed.WithAgency(a => a with { Name = name })));

        Assert.Equal("M-R4", finding.RuleId);
        Assert.Equal(["/agency/name"], finding.Pointers());
    }

    [Theory]
    [InlineData(AgencyKind.Department, "2022-01-31", 0)]
    [InlineData(AgencyKind.Department, "2022-02-01", 1)]
    [InlineData(AgencyKind.Department, "2022-03-31", 59)]
    [InlineData(AgencyKind.PeoplesGovernment, "2022-03-31", 0)]
    [InlineData(AgencyKind.PeoplesGovernment, "2022-04-10", 10)]
    public void WarnsOfPublicationAfterTheLegalDeadline(AgencyKind kind, string publishDate, int daysLate)
    {
        var report = Seed.WithAgency(a => a with { Kind = kind }).WithPublishDate(DateOnly.Parse(publishDate, System.Globalization.CultureInfo.InvariantCulture));

        var findings = ReportValidator.Validate(report);

        if (daysLate == 0)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal("D-R1", finding.RuleId);
        Assert.Equal(["/publishDate"], finding.Pointers());
        Assert.Equal([(decimal)daysLate], finding.NumberList());
    }

    [Fact]
    public void WarnsOfA2021LayoutForAYearBefore2021()
    {
        var findings = ReportValidator.Validate(Seed.WithYear(2020).WithPublishDate(new DateOnly(2021, 1, 20)));

        AssertRules(findings, "L-R1");
        Assert.Equal(["/layout", "/year"], Assert.Single(findings).Pointers());
    }

    [Fact]
    public void WarnsOfA2019LayoutForAYearFrom2021()
    {
        var report = ConsistentReports.Generate(new Random(1), LayoutVersion.V2019);
        Assert.Empty(ReportValidator.Validate(report));

        var findings = ReportValidator.Validate(report.WithYear(2022).WithPublishDate(new DateOnly(2023, 1, 15)));

        AssertRules(findings, "L-R1");
        Assert.Contains("2019 年版表格", Assert.Single(findings).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsOfEachEmptyRequiredSection()
    {
        var blankParagraph = new NarrativeSection(ValueList.Of(new NarrativeBlock(null, ValueList.Of("  "))));
        var report = Seed with { Problems = NarrativeSection.Empty, OtherMatters = blankParagraph };

        var findings = ReportValidator.Validate(report);

        AssertRules(findings, "N-R1");
        Assert.Equal(["/problems", "/otherMatters"], findings.Select(f => Assert.Single(f.Pointers())));
    }

    [Fact]
    public void DoesNotRequireAPreambleOrClosingNotes()
    {
        var report = Seed with { Preamble = ValueList<string>.Empty, ClosingNotes = ValueList<string>.Empty };

        Assert.Empty(ReportValidator.Validate(report));
    }
}
