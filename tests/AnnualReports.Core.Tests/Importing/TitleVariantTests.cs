using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class TitleVariantTests
{
    private static readonly AnnualReport Seed = SampleReports.Weixian2021();

    /// <summary>The seed's document with its two title lines replaced by <paramref name="lines"/>.</summary>
    private static IReadOnlyList<SpecBlock> WithTitle(params string[] lines) =>
        [.. lines.Select(l => (SpecBlock)new SpecParagraph(l, true)), .. NationalFormatDocument.From(Seed).Skip(2)];

    [Theory]
    [InlineData("威县人民政府办公室2021年政府信息公开工作年度报告")]
    [InlineData("2021年威县人民政府办公室政府信息公开工作年度报告")]
    [InlineData("2021年度威县人民政府办公室政府信息公开工作年度报告")]
    [InlineData("威县人民政府办公室2021年度政府信息公开工作年度报告")]
    [InlineData("威县人民政府办公室关于2021年政府信息公开工作的年度报告")]
    [InlineData("关于印发《威县人民政府办公室2021年政府信息公开工作年度报告》的通知")]
    [InlineData("威县人民政府办公室政府信息公开工作年度报告（2021年度）")]
    [InlineData("威县人民政府办公室２０２１年政府信息公开工作年度报告")]
    [InlineData("威县人民政府办公室", "2021年政府信息公开工作年度报告")]
    [InlineData("2021年威县人民政府办公室", "政府信息公开工作年度报告")]
    [InlineData("威县人民政府办公室", "2021年政府信息公开", "工作年度报告")]
    public void ReadsTheAgencyAndYearFromTitlesAsOfficesPrintThem(params string[] lines)
    {
        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(WithTitle(lines), Seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.Equal(Seed, result.Report);
        }
    }

    [Fact]
    public void ARegionPrefixedGovernmentTitleMakesAGovernmentReportCompiledByItsOffice()
    {
        var document = WithTitle("江苏省淮安市洪泽区人民政府", "2021年政府信息公开工作年度报告")
            .Replace("威县人民政府办公室", "淮安市洪泽区人民政府办公室");

        var result = ReportImporter.Import(DocxWriter.Write(document), "report.docx");

        var meta = result.Report!.Metadata;
        Assert.Equal("江苏省淮安市洪泽区人民政府", meta.Agency.Name);
        Assert.Equal(AgencyKind.PeoplesGovernment, meta.Agency.Kind);
        Assert.Equal("江苏省淮安市洪泽区", meta.Agency.Region);
        Assert.Equal("淮安市洪泽区人民政府办公室", meta.CompiledBy);
        Assert.Equal(2021, meta.Year);
    }

    [Fact]
    public void ATitleWithoutAnAgencyIsStillRefused()
    {
        var result = ImportFixtures.ImportText(WithTitle("2021年政府信息公开工作年度报告"), Seed);

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.TitleMissing);
    }
}
