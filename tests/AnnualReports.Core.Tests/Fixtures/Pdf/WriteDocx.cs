#:project ../../../AnnualReports.TestKit/AnnualReports.TestKit.csproj
// Writes the Word documents that make-pdfs.sh prints to PDF: the tests' own reports in the national format, with
// every table border and a "- N -" page-number footer, as offices print them. Usage: dotnet run WriteDocx.cs -- OUTDIR
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

var outDir = args.Length > 0 ? args[0] : ".";
var print = new PrintLayout();
File.WriteAllBytes(Path.Combine(outDir, "weixian-2021.docx"), DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()), print));
File.WriteAllBytes(Path.Combine(outDir, "weixian-2021-fullwidth.docx"), DocxWriter.Write(
    NationalFormatDocument.From(SampleReports.Weixian2021())
        .WithValue("行政规范性文件", 0, "６", 3)
        .WithValue("行政规范性文件", 2, "１５", 3)
        .WithValue("一、本年新收政府信息公开申请数量", 0, "３", 7)
        .WithValue("一、本年新收政府信息公开申请数量", 6, "３", 7),
    print));
File.WriteAllBytes(Path.Combine(outDir, "district-office-2019.docx"), DocxWriter.Write(NationalFormatDocument.From(SampleReports2019.DistrictOffice2019()), print));
