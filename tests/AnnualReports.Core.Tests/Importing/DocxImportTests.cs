using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Importing.Docx;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AnnualReports.Core.Tests.Importing;

public class DocxImportTests
{
    [Fact]
    public void ImportsTheSeedWrittenAsAWordDocumentWithMergedHeaderCells()
    {
        var seed = SampleReports.Weixian2021();
        var docx = DocxWriter.Write(NationalFormatDocument.From(seed));

        var result = ReportImporter.Import(docx, "威县2021年报.docx", ImportFixtures.OptionsFor(seed));

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        Assert.Equal(seed, result.Report);
    }

    [Fact]
    public void TheFixtureReallyUsesGridSpanAndVerticalMerge()
    {
        var docx = DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<TableCellProperties>().ToList();

        Assert.Contains(cells, c => c.GridSpan?.Val?.Value == 7);
        Assert.Contains(cells, c => c.VerticalMerge?.Val?.Value == MergedCellValues.Restart);
        Assert.Contains(cells, c => c.VerticalMerge is { Val: null });
    }

    [Fact]
    public void ResolvesMergedCellsOntoTheGrid()
    {
        var docx = DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()));

        var blocks = DocxReader.Read(docx, ImportOptions.Default).Blocks!;
        var table3 = blocks.OfType<AnnualReports.Importing.TextModel.DocumentTable>().ElementAt(1);
        var header = table3.Rows[2].Cells;

        Assert.True(header[0].IsMergeContinuation);
        Assert.Equal(3, header[0].ColumnSpan);
        Assert.Equal("商业\n企业", header[2].Text);
        Assert.Equal(4, header[2].GridColumn);
        Assert.Equal(9, header[7].GridColumn);
    }

    [Fact]
    public void ReadsHeadingsWhateverTheirNumberingStyle()
    {
        var seed = SampleReports.Weixian2021();
        var document = NationalFormatDocument.From(seed)
            .Replace("五、存在的主要问题及改进情况", "5、 存在的主要问题及下一步工作")
            .Replace("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议提起行政诉讼情况");

        var result = ImportFixtures.ImportDocx(document, seed);

        Assert.Equal(seed, result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportFindings.SectionMissing);
    }

    [Fact]
    public void FindsHeadingStyledSectionsWhoseNumberWordGenerates()
    {
        var seed = SampleReports.Weixian2021();
        var document = NationalFormatDocument.From(seed)
            .Replace("一、总体情况", "总体情况")
            .Replace("五、存在的主要问题及改进情况", "存在的主要问题及改进情况")
            .Replace("六、其他需要报告的事项", "其他需要报告的事项");

        var result = ImportFixtures.ImportDocx(document, seed);

        Assert.Equal(seed, result.Report);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ImportFindings.SectionMissing);
    }
}
