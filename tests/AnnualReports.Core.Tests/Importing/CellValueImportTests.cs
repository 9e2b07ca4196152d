using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class CellValueImportTests
{
    private static readonly AnnualReport Seed = SampleReports.Weixian2021();

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData(" ")]
    public void ReadsDashSlashAndNoneAsABlankCell(string mark)
    {
        var document = NationalFormatDocument.From(Seed).WithValue("四、结转下年度继续办理", 6, mark, 7);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, Seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.Null(result.Report!.Applications[Table3Row.CarriedForward].Total);
        }
    }

    [Fact]
    public void StripsAUnitWrittenInACellAndWarns()
    {
        var document = NationalFormatDocument.From(Seed).WithValue("一、本年新收政府信息公开申请数量", 0, "3件", 7);

        var result = ImportFixtures.ImportText(document, Seed);

        Assert.Equal(3, result.Report!.Applications[Table3Row.Received].NaturalPerson);
        var warning = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.UnitStripped);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("/table3/received/0", warning.Cells[0].Pointer);
    }

    [Fact]
    public void StripsYuanFromTheUnitlessProcurementAmountOf2019()
    {
        var report = SampleReports2019.DistrictOffice2019();
        var document = NationalFormatDocument.From(report).Replace("251000", "251000元");

        var result = ImportFixtures.ImportDocx(document, report);

        Assert.Equal(251000m, Assert.IsType<Table2Of2019>(result.Report!.ActiveDisclosure).Procurement.TotalAmount);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.UnitStripped);
    }

    [Fact]
    public void RefusesYuanInTheFeeColumnCountedInTenThousandYuan()
    {
        var document = NationalFormatDocument.From(Seed).WithValue("行政事业性收费", 0, "251000元", 1);

        var result = ImportFixtures.ImportText(document, Seed);

        Assert.Null(result.Report);
        var error = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.CellUnreadable);
        Assert.Equal("/table2/fees/amount", error.Cells[0].Pointer);
    }

    [Theory]
    [InlineData("三")]
    [InlineData("1.5")]
    [InlineData("约3")]
    public void NamesTheTableRowAndColumnOfAnUnreadableNumberAndBuildsNoReport(string text)
    {
        var document = NationalFormatDocument.From(Seed).WithValue("（七）总计", 6, text, 7);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, Seed);

            Assert.Null(result.Report);
            var error = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.CellUnreadable);
            Assert.Equal("/table3/total/6", error.Cells[0].Pointer);
            Assert.Contains("（七）总计", error.MessageZh, StringComparison.Ordinal);
            Assert.Contains("总计", error.MessageZh, StringComparison.Ordinal);
            Assert.Contains(text, error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadsFullWidthDigitsAndDecimalFees()
    {
        var document = NationalFormatDocument.From(Seed)
            .WithValue("行政规范性文件", 2, "１５", 3)
            .WithValue("行政事业性收费", 0, "7730.28", 1);

        var result = ImportFixtures.ImportDocx(document, Seed);

        var table2 = Assert.IsType<Table2Of2021>(result.Report!.ActiveDisclosure);
        Assert.Equal(15, table2.NormativeDocuments.InForce);
        Assert.Equal(7730.28m, table2.FeesTenThousandYuan);
    }
}
