using System.IO.Compression;
using System.Text;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class HostileInputImportTests
{
    private static byte[] SeedDocx() => DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()));

    private static Finding SingleError(ImportResult result)
    {
        Assert.Null(result.Report);
        return Assert.Single(result.Findings, f => f.IsError);
    }

    [Fact]
    public void RefusesAFileOverTheSizeLimit()
    {
        var result = ReportImporter.Import(SeedDocx(), "big.docx", new ImportOptions { MaxInputBytes = 1000 });

        Assert.Equal(ImportFindings.FileTooLarge, SingleError(result).RuleId);
    }

    [Fact]
    public void RefusesAnUnsupportedExtension() =>
        Assert.Equal(ImportFindings.UnsupportedFileType, SingleError(ReportImporter.Import(SeedDocx(), "report.doc")).RuleId);

    [Fact]
    public void RefusesADocxThatIsNotAZip() =>
        Assert.Equal(ImportFindings.NotAZip, SingleError(ReportImporter.Import(Encoding.UTF8.GetBytes("一、总体情况"), "report.docx")).RuleId);

    [Fact]
    public void RefusesATruncatedDocx()
    {
        var docx = SeedDocx();

        var result = ReportImporter.Import(docx[..(docx.Length / 2)], "cut.docx");

        Assert.Equal(ImportFindings.CorruptDocument, SingleError(result).RuleId);
    }

    [Fact]
    public void RefusesAZipThatIsNotAWordDocument()
    {
        var zip = ZipFiles.Build(archive => ZipFiles.Write(archive.CreateEntry("readme.txt"), new string('x', 100)));

        Assert.Equal(ImportFindings.CorruptDocument, SingleError(ReportImporter.Import(zip, "fake.docx")).RuleId);
    }

    [Fact]
    public void RefusesAZipWithTooManyEntries()
    {
        var zip = ZipFiles.Build(archive =>
        {
            for (var i = 0; i < 50; i++)
            {
                ZipFiles.Write(archive.CreateEntry($"part{i}.xml"), "<a/>");
            }
        });

        var result = ReportImporter.Import(zip, "many.docx", new ImportOptions { MaxZipEntries = 20 });

        Assert.Equal(ImportFindings.TooManyEntries, SingleError(result).RuleId);
    }

    [Fact]
    public void RefusesAZipBombBeforeOpeningIt()
    {
        var zip = ZipFiles.Build(archive => ZipFiles.Write(archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize), new string(' ', 20 * 1024 * 1024)));

        var result = ReportImporter.Import(zip, "bomb.docx");

        Assert.True(zip.Length < 1024 * 1024);
        Assert.Equal(ImportFindings.ExpandsTooMuch, SingleError(result).RuleId);
    }

    [Fact]
    public void RefusesDeeplyNestedXml()
    {
        var docx = SeedDocx();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 200)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 200));
            ZipFiles.Write(archive.CreateEntry("word/document.xml"), xml.Replace("<w:body>", "<w:body>" + nested, StringComparison.Ordinal));
        }

        var result = ReportImporter.Import(stream.ToArray(), "deep.docx");

        Assert.Equal(ImportFindings.NestedTooDeep, SingleError(result).RuleId);
    }

    [Fact]
    public void RefusesAnEmptyFile() =>
        Assert.Equal(ImportFindings.FileEmpty, SingleError(ReportImporter.Import([], "empty.txt")).RuleId);

    [Fact]
    public void GivesFindingsForRandomText()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes("hello\n\tworld\n"), "noise.txt");

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.TitleMissing);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.TableMissing);
    }
}
