using System.Text;
using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Importing.Html;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class HtmlImportTests
{
    private static readonly AnnualReport Seed = SampleReports.Weixian2021();
    private static readonly PortalMetadata Box = new("000014349/2022-00012", "威县人民政府办公室", "2022-01-21");

    private static ImportResult Import(byte[] page, string name = "report.html") =>
        ReportImporter.Import(page, name, ImportFixtures.OptionsFor(Seed));

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gbk")]
    public void ImportsTheSeedAsAPortalPublishesIt(string charset)
    {
        var page = PortalPageWriter.Write(NationalFormatDocument.From(Seed), Box, charset);

        var result = Import(page);

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        Assert.Equal(Seed, result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("I-META-DATE", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGbkPageIsNotUtf8AndDeclaresItsCharsetInHttpEquiv()
    {
        var page = PortalPageWriter.Write(NationalFormatDocument.From(Seed), Box, "gbk");

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(page));
        Assert.Contains("charset=gbk", Encoding.ASCII.GetString(page), StringComparison.Ordinal);
        Assert.Equal("GB18030", HtmlCharset.Decode(page).EncodingName);
    }

    [Fact]
    public void ATitleInsideTheReportBodyIsReadThere()
    {
        var page = PortalPageWriter.Write(NationalFormatDocument.From(Seed), Box, titleParagraphs: 0);

        Assert.Equal(Seed, Import(page, "report.htm").Report);
    }

    [Fact]
    public void ThePagesIssueDateServesWhenTheReportPrintsNoneWithAWarningSayingWhere()
    {
        var undated = NationalFormatDocument.From(Seed).Where(b => b is not SpecParagraph { Text: "2022年1月20日" });
        var page = PortalPageWriter.Write(undated, Box with { IssueDate = "2022年01月20日" });

        var result = Import(page);

        Assert.Equal(Seed, result.Report);
        var warning = Assert.Single(result.Findings, f => f.RuleId == ImportFindings.PublishDateFromPage);
        Assert.Contains("发文日期", warning.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportFindings.PublishDateMissing);
    }

    [Fact]
    public void WithoutAnyDateTheReportHasNone()
    {
        var undated = NationalFormatDocument.From(Seed).Where(b => b is not SpecParagraph { Text: "2022年1月20日" });
        var page = PortalPageWriter.Write(undated, Box with { IssueDate = null });

        var result = Import(page);

        Assert.Null(result.Report!.Metadata.PublishDate);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.PublishDateMissing);
    }

    [Fact]
    public void TheReportReaderAcceptsWebPages()
    {
        var page = PortalPageWriter.Write(NationalFormatDocument.From(Seed), Box);

        var read = ReportReader.Read(page, "weixian-gov-office/2021.htm", ImportFixtures.OptionsFor(Seed));

        Assert.Equal(Seed, read.Report);
    }

    [Fact]
    public void ResolvesRowspanAndColspanOntoTheGrid()
    {
        const string html = """
            <table><tr><td rowspan="2" colspan="2">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td><td>&nbsp;</td><td>e</td></tr></table>
            """;

        var table = Assert.Single(HtmlReader.Read(html).Blocks.OfType<AnnualReports.Importing.TextModel.DocumentTable>());

        Assert.Equal([(0, 2, false, "a"), (2, 1, false, "b")], table.Rows[0].Cells.Select(c => (c.GridColumn ?? -1, c.ColumnSpan, c.IsMergeContinuation, c.Text)));
        Assert.Equal([(0, 2, true, ""), (2, 1, false, "c")], table.Rows[1].Cells.Select(c => (c.GridColumn ?? -1, c.ColumnSpan, c.IsMergeContinuation, c.Text)));
        Assert.Equal([(0, "d"), (1, ""), (2, "e")], table.Rows[2].Cells.Select(c => (c.GridColumn ?? -1, c.Text.Trim())));
    }
}
