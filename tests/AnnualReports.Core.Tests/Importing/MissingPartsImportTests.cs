using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class MissingPartsImportTests
{
    private static readonly AnnualReports.Reports.AnnualReport Seed = SampleReports.Weixian2021();

    [Fact]
    public void SaysWhichTableIsMissingAndWhereItLooked()
    {
        var document = NationalFormatDocument.From(Seed).Where(b => !(b is SpecTable t && t.Rows[0][0].Text == "行政复议"));

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, Seed);

            Assert.Null(result.Report);
            var error = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.TableMissing);
            Assert.Contains("表四", error.MessageZh, StringComparison.Ordinal);
            Assert.Contains("2个表格", error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2.重复申请", "/table3/notProcessed/repeated")]
    [InlineData("四、结转下年度继续办理", "/table3/carriedForward")]
    [InlineData("行政强制", "/table2/enforcement")]
    public void SaysWhichRowIsMissingAndWhereItLooked(string label, string pointer)
    {
        var document = NationalFormatDocument.From(Seed).WithoutRow(label);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, Seed);

            Assert.Null(result.Report);
            var error = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.RowMissing);
            Assert.Equal(pointer, error.Location?.Pointer);
            Assert.Contains("表格", error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SaysWhichColumnIsMissing()
    {
        var document = NationalFormatDocument.From(Seed).Replace("法律服务机构", "律所");

        var result = ImportFixtures.ImportDocx(document, Seed);

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.ColumnMissing && f.MessageZh.Contains("法律服务机构", StringComparison.Ordinal));
    }
}
