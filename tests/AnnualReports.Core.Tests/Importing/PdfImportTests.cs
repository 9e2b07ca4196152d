using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace AnnualReports.Core.Tests.Importing;

/// <summary>
/// PDFs printed from the tests' own reports by LibreOffice (Fixtures/Pdf/make-pdfs.sh): narrow columns, tables broken
/// across pages with "- N -" lines, labels wrapped a character or two per line, headers over three lines.
/// </summary>
public class PdfImportTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepoPaths.File("tests", "AnnualReports.Core.Tests", "Fixtures", "Pdf", name));

    private static ImportResult Import(byte[] pdf, AnnualReport like) => ReportImporter.Import(pdf, "report.pdf", ImportFixtures.OptionsFor(like));

    [Fact]
    public void TheFixtureHasTheHardPartsOfRealPdfs()
    {
        using var pdf = PdfDocument.Open(Fixture("weixian-2021.pdf"));
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();

        Assert.True(pages.Count >= 4);
        Assert.Contains(pages, p => p.Contains("-2-", StringComparison.Ordinal) || p.Contains("- 2 -", StringComparison.Ordinal));
        var table3Starts = pages.FindIndex(p => p.Contains("申请人情况", StringComparison.Ordinal));
        Assert.DoesNotContain("结转下年度继续办理", pages[table3Starts], StringComparison.Ordinal);
        Assert.DoesNotContain("属于国家秘密", pages[table3Starts], StringComparison.Ordinal);

        // Page 2 opens with the rest of a row the page break cut: "行政规范" | "性文件" with its numbers on page 1.
        var page2 = pdf.GetPage(2).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var top = page2.Max(l => l.StartBaseLine.Y);
        Assert.Equal("性文", string.Concat(page2.Where(l => Math.Abs(l.StartBaseLine.Y - top) < 1).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)));
    }

    [Fact]
    public void ImportsThePrintedSeedAsTheSeed()
    {
        var seed = SampleReports.Weixian2021();

        var result = Import(Fixture("weixian-2021.pdf"), seed);

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        Assert.Equal(seed, result.Report);
    }

    [Fact]
    public void ImportsAPrinted2019ReportAsThatReport()
    {
        var report = SampleReports2019.DistrictOffice2019();

        var result = Import(Fixture("district-office-2019.pdf"), report);

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        Assert.Equal(report.ActiveDisclosure, result.Report!.ActiveDisclosure);
        Assert.Equal(report.Applications, result.Report.Applications);
        Assert.Equal(report.ReviewsAndLitigation, result.Report.ReviewsAndLitigation);
        Assert.Equal(report, result.Report);
    }

    [Fact]
    public void ReadsFullwidthDigits()
    {
        var seed = SampleReports.Weixian2021();

        var result = Import(Fixture("weixian-2021-fullwidth.pdf"), seed);

        Assert.Equal(seed, result.Report);
    }

    [Fact]
    public void APdfWithoutTextIsRefusedSayingItIsAScan()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        page.DrawLine(new UglyToad.PdfPig.Core.PdfPoint(60, 100), new UglyToad.PdfPig.Core.PdfPoint(300, 100));

        var result = ReportImporter.Import(builder.Build(), "scan.pdf");

        Assert.Null(result.Report);
        var error = Assert.Single(result.Findings);
        Assert.Equal(ImportFindings.PdfWithoutText, error.RuleId);
        Assert.Contains("扫描件", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedPdfIsAFindingNotACrash()
    {
        var damaged = Fixture("weixian-2021.pdf")[..4000];

        var result = ReportImporter.Import(damaged, "report.pdf");

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.IsError && f.RuleId.StartsWith("I-PDF", StringComparison.Ordinal));
    }
}
