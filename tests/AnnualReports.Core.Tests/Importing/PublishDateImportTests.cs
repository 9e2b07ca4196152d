using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;
using AnnualReports.Validation;

namespace AnnualReports.Core.Tests.Importing;

public class PublishDateImportTests
{
    private static readonly AnnualReport Seed = SampleReports.Weixian2021();

    private static IReadOnlyList<SpecBlock> WithoutSignatureDate() =>
        [.. NationalFormatDocument.From(Seed).Where(b => b is not SpecParagraph { Text: "2022年1月20日" })];

    /// <summary>The seed's document with <paramref name="line"/> under its two-line title, and no date in the signature.</summary>
    private static List<SpecBlock> WithLineUnderTitle(string line)
    {
        var blocks = WithoutSignatureDate().ToList();
        blocks.Insert(2, new SpecParagraph(line));
        return blocks;
    }

    [Fact]
    public void AMissingDateIsAWarningAndTheReportHasNoDate()
    {
        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(WithoutSignatureDate(), Seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            var warning = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.PublishDateMissing);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Contains("--publish-date", warning.MessageEn, StringComparison.Ordinal);
            Assert.Null(result.Report!.Metadata.PublishDate);
            Assert.Equal(Seed with { Metadata = Seed.Metadata with { PublishDate = null } }, result.Report);
        }
    }

    [Fact]
    public void TheDeadlineRuleSaysItCouldNotBeCheckedWithoutADate()
    {
        var report = ImportFixtures.ImportText(WithoutSignatureDate(), Seed).Report!;

        var findings = ReportValidator.Validate(report);

        var deadline = Assert.Single(findings, f => f.RuleId == "D-R1");
        Assert.Equal(Severity.Warning, deadline.Severity);
        Assert.Contains("无法核对", deadline.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.IsError);
    }

    [Fact]
    public void AGivenPublishDateFillsTheGap()
    {
        var options = ImportFixtures.OptionsFor(Seed) with { PublishDate = new DateOnly(2022, 1, 25) };

        var result = ReportImporter.Import(DocxWriter.Write(WithoutSignatureDate()), "report.docx", options);

        Assert.Equal(new DateOnly(2022, 1, 25), result.Report!.Metadata.PublishDate);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("I-META-DATE", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenPublishDateWinsOverAPrintedOneWithAWarningQuotingBoth()
    {
        var options = ImportFixtures.OptionsFor(Seed) with { PublishDate = new DateOnly(2022, 1, 25) };

        var result = ReportImporter.Import(DocxWriter.Write(NationalFormatDocument.From(Seed)), "report.docx", options);

        Assert.Equal(new DateOnly(2022, 1, 25), result.Report!.Metadata.PublishDate);
        var warning = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.PublishDateGiven);
        Assert.Contains("2022-01-20", warning.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2022-01-25", warning.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("发布日期：2022-01-20")]
    [InlineData("发布日期: 2022年1月20日")]
    [InlineData("（发文日期：二〇二二年一月二十日）")]
    [InlineData("发布时间：2022.01.20")]
    [InlineData("2022/1/20")]
    [InlineData("二〇二二年一月二十日")]
    [InlineData("（2022年1月20日）")]
    [InlineData("发布日期：２０２２－０１－２０")]
    public void ReadsADateUnderTheTitleInEveryPrintedForm(string line)
    {
        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(WithLineUnderTitle(line), Seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportFindings.PublishDateMissing);
            Assert.Equal(Seed, result.Report);
        }
    }

    [Theory]
    [InlineData("2022-01-20")]
    [InlineData("2022.01.20")]
    [InlineData("2022/1/20")]
    [InlineData("二〇二二年一月二十日")]
    [InlineData("二○二二年一月二十日")]
    public void ReadsTheSignatureDateInEveryPrintedForm(string date)
    {
        var document = NationalFormatDocument.From(Seed).Replace("2022年1月20日", date);

        foreach (var import in ImportFixtures.BothKinds)
        {
            Assert.Equal(Seed, import(document, Seed).Report);
        }
    }

    [Fact]
    public void ReadsASignatureWithTheNameAndTheDateOnOneLine()
    {
        var blocks = WithoutSignatureDate().ToList();
        blocks[^1] = new SpecParagraph("威县人民政府办公室  2022年1月20日");

        var result = ImportFixtures.ImportText(blocks, Seed);

        Assert.Equal(Seed, result.Report);
    }

    [Fact]
    public void ALabelledDateUnderTheTitleWinsOverTheSignature()
    {
        var blocks = NationalFormatDocument.From(Seed).ToList();
        blocks.Insert(2, new SpecParagraph("发布日期：2022-01-21"));

        var result = ImportFixtures.ImportDocx(blocks, Seed);

        Assert.Equal(new DateOnly(2022, 1, 21), result.Report!.Metadata.PublishDate);
        Assert.Equal(Seed.Preamble, result.Report.Preamble);
    }

    [Fact]
    public void ADateInsideASentenceIsNotAPublishDate()
    {
        var blocks = WithoutSignatureDate().ToList();
        blocks.Insert(2, new SpecParagraph("本报告统计期限自2021年1月1日起至2021年12月31日止。"));

        var result = ImportFixtures.ImportText(blocks, Seed);

        Assert.Null(result.Report!.Metadata.PublishDate);
    }
}
