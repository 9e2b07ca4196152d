using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

/// <summary>Table 三 rows are identified by their group and number first, their words second (issue 11, item 4).</summary>
public class RowNumberingTests
{
    private static readonly AnnualReport Seed = SampleReports.Weixian2021();

    [Theory]
    [InlineData("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", "/table3/refused/prohibitedByLaw")]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2.逾期不缴费", "/table3/otherHandling/overdueFee")]
    [InlineData("5.属于三类内部事务信息", "5.内部事务", "/table3/refused/internalAffairs")]
    [InlineData("1.本机关不掌握相关政府信息", "1.本机关未掌握", "/table3/unavailable/notHeld")]
    public void ReadsARowByItsNumberWhenItsWordsDifferAndQuotesBothLabels(string national, string printed, string pointer)
    {
        var document = NationalFormatDocument.From(Seed).Replace(national, printed);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, Seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.Equal(Seed, result.Report);
            var warning = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.RowLabelDiffers);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Contains(printed, warning.MessageZh, StringComparison.Ordinal);
            Assert.Contains(national, warning.MessageZh, StringComparison.Ordinal);
            Assert.Equal(pointer, warning.Location?.Pointer);
        }
    }

    [Fact]
    public void ReadsNumbersOfARowWithDistinctValuesIntoTheRowItsNumberNames()
    {
        var document = NationalFormatDocument.From(Seed)
            .Replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
            .WithValue("2.其他法律行政止公开", 0, "4", 7)
            .WithValue("2.其他法律行政止公开", 6, "4", 7);

        var result = ImportFixtures.ImportDocx(document, Seed);

        var row = result.Report!.Applications[Table3Row.RefusedProhibitedByLaw];
        Assert.Equal(4, row.NaturalPerson);
        Assert.Equal(4, row.Total);
    }

    [Fact]
    public void PunctuationAndNumberingStyleAreNotADifference()
    {
        var document = NationalFormatDocument.From(Seed)
            .Replace("3.危及“三安全一稳定”", "3、危及\"三安全一稳定\"")
            .Replace("1.属于国家秘密", "（1）属于国家秘密");

        var result = ImportFixtures.ImportText(document, Seed);

        Assert.Equal(Seed, result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportFindings.RowLabelDiffers);
    }

    [Fact]
    public void WordsStillIdentifyAnUnnumberedRow()
    {
        var document = NationalFormatDocument.From(Seed).Replace("4.无正当理由大量反复申请", "无正当理由大量反复申请");

        var result = ImportFixtures.ImportDocx(document, Seed);

        Assert.Equal(Seed, result.Report);
    }

    [Fact]
    public void ARowTrulyAbsentStaysAnError()
    {
        var document = NationalFormatDocument.From(Seed).WithoutRow("2.申请人逾期未按收费通知要求缴纳费用");

        var result = ImportFixtures.ImportText(document, Seed);

        Assert.Null(result.Report);
        var error = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.RowMissing);
        Assert.Equal("/table3/otherHandling/overdueFee", error.Location?.Pointer);
    }
}
