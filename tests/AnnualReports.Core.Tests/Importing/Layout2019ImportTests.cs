using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class Layout2019ImportTests
{
    [Fact]
    public void ImportsA2019ReportInBothFileKindsWithItsOwnLayout()
    {
        var report = SampleReports2019.DistrictOffice2019();
        var document = NationalFormatDocument.From(report);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, report);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.Equal(LayoutVersion.V2019, result.Report!.Layout);
            var table2 = Assert.IsType<Table2Of2019>(result.Report.ActiveDisclosure);
            Assert.Equal(new ItemCounts(10, -1, 88), table2.OtherManagementServices);
            Assert.Equal(new ProcurementCounts(12, 251000m), table2.Procurement);
            Assert.Equal(new ApplicantCounts(1, 0, 0, 0, 0, 0, 1), result.Report.Applications[Table3Row.OtherHandling]);
            Assert.Equal(report, result.Report);
        }
    }

    [Fact]
    public void ImportsTheSharedSample2019WithTheRightNumbers()
    {
        var report = SampleReports.Sample2019();
        var document = NationalFormatDocument.From(report);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var imported = import(document, report).Report!;

            Assert.Equal(LayoutVersion.V2019, imported.Layout);
            Assert.Equal(report.ActiveDisclosure, imported.ActiveDisclosure);
            Assert.Equal(report.Applications, imported.Applications);
            Assert.Equal(report.ReviewsAndLitigation, imported.ReviewsAndLitigation);
            Assert.Equal(report.Metadata.Agency.Kind, imported.Metadata.Agency.Kind);
            Assert.Equal(report.Metadata.PublishDate, imported.Metadata.PublishDate);
            Assert.Equal(report.Metadata.CompiledBy, imported.Metadata.CompiledBy);
        }
    }

    [Fact]
    public void A2021ReportWithThe2019Table2KeepsBothTablesAsWritten()
    {
        var seed = SampleReports.Weixian2021();
        var table3 = seed.Applications
            .With(Table3Row.OtherOverdueCorrection, ApplicantColumn.NaturalPerson, 2)
            .With(Table3Row.OtherOther, ApplicantColumn.NaturalPerson, 1);
        var table2 = SampleReports2019.DistrictOffice2019().ActiveDisclosure;
        var mixed = seed with { ActiveDisclosure = table2, Applications = table3 };

        var result = ImportFixtures.ImportText(NationalFormatDocument.From(mixed), seed);

        Assert.Equal(LayoutVersion.V2021, result.Report!.Layout);
        Assert.Equal(table2, result.Report.ActiveDisclosure);
        Assert.Equal(table3, result.Report.Applications);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.LayoutMixed && f.Severity == Severity.Warning);
    }

    [Fact]
    public void A2021ReportWithThe2019Table3KeepsItsTable2AsWritten()
    {
        var seed = SampleReports.Weixian2021();
        var old = SampleReports2019.DistrictOffice2019();
        var mixed = seed with { Applications = old.Applications };

        var result = ImportFixtures.ImportDocx(NationalFormatDocument.From(mixed), seed);

        Assert.Equal(LayoutVersion.V2019, result.Report!.Layout);
        Assert.Equal(seed.ActiveDisclosure, result.Report.ActiveDisclosure);
        Assert.Equal(old.Applications, result.Report.Applications);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.LayoutMixed);
    }
}
