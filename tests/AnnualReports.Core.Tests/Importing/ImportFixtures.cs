using System.Text;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

/// <summary>Imports a report laid out as a document, in both file kinds, with the report's own id and region.</summary>
internal static class ImportFixtures
{
    public static ImportOptions OptionsFor(AnnualReport report) =>
        new(AgencyId: report.Metadata.Agency.Id, Region: report.Metadata.Agency.Region);

    public static ImportResult ImportDocx(IEnumerable<SpecBlock> document, AnnualReport like) =>
        ReportImporter.Import(DocxWriter.Write(document), "report.docx", OptionsFor(like));

    public static ImportResult ImportText(IEnumerable<SpecBlock> document, AnnualReport like) =>
        ReportImporter.Import(Encoding.UTF8.GetBytes(TextExportWriter.Write(document)), "report.txt", OptionsFor(like));

    public static IEnumerable<Func<IEnumerable<SpecBlock>, AnnualReport, ImportResult>> BothKinds => [ImportDocx, ImportText];
}
