using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Corpus;

/// <summary>
/// Real published reports, transcribed with their quirks (source named in each fixture), imported with every cell
/// checked against the published table. Cells count: table 二 + 7 per table 三 row + 15 of table 四.
/// </summary>
public class RealReportCorpusTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepoPaths.File("tests", "AnnualReports.Core.Tests", "Corpus", name));

    /// <summary>2019年上海市人民政府办公厅 (provincial-level office, 2019 format, portal HTML): 22 + 23×7 + 15 = 198 cells.</summary>
    [Fact]
    public void ShanghaiOffice2019ImportsWithEveryCellAsPublished()
    {
        var result = ReportImporter.Import(Fixture("shanghai-office-2019.html"), "shanghai-office-2019.html",
            new ImportOptions("shanghai-gov-office", "上海市"));

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        var report = result.Report!;
        var meta = report.Metadata;
        Assert.Equal(("上海市人民政府办公厅", 2019, AgencyKind.Department), (meta.Agency.Name, meta.Year, meta.Agency.Kind));
        Assert.Equal(new DateOnly(2020, 1, 31), meta.PublishDate);
        Assert.Equal("上海市人民政府办公厅", meta.CompiledBy);
        Assert.Equal(LayoutVersion.V2019, report.Layout);

        var t2 = Assert.IsType<Table2Of2019>(report.ActiveDisclosure);
        int? _ = null;
        var cells = 0;
        void Cells<T>(T expected, T actual)
        {
            Assert.Equal(expected, actual);
            cells += expected switch { PublicationCounts or ItemCounts => 3, FeeItemCounts or ProcurementCounts => 2, _ => 0 };
        }

        Cells(new PublicationCounts(13, 13, 524), t2.Rules);
        Cells(new PublicationCounts(60, 60, 368), t2.NormativeDocuments);
        Cells(new ItemCounts(0, 0, 0), t2.Licensing);
        Cells(new ItemCounts(0, 0, 0), t2.OtherManagementServices);
        Cells(new ItemCounts(0, 0, 0), t2.Punishment);
        Cells(new ItemCounts(0, 0, 0), t2.Enforcement);
        Cells(new FeeItemCounts(0, 0), t2.Fees);
        Cells(new ProcurementCounts(6, 251000m), t2.Procurement);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.UnitStripped && f.Location?.Pointer == "/table2/procurement/totalAmount");

        var t3 = new Dictionary<Table3Row, int?[]>
        {
            [Table3Row.Received] = [821, 35, _, _, 2, 1, 859],
            [Table3Row.CarriedOver] = [18, _, _, _, _, _, 18],
            [Table3Row.Granted] = [258, 12, _, _, 1, 1, _],
            [Table3Row.PartlyGranted] = [3, _, _, _, _, _, _],
            [Table3Row.RefusedStateSecret] = [14, _, _, _, _, _, _],
            [Table3Row.RefusedProhibitedByLaw] = [_, _, _, _, _, _, _],
            [Table3Row.RefusedEndangersSecurity] = [_, _, _, _, _, _, _],
            [Table3Row.RefusedThirdPartyRights] = [_, _, _, _, _, _, _],
            [Table3Row.RefusedInternalAffairs] = [5, _, _, _, _, _, _],
            [Table3Row.RefusedProcessInformation] = [3, 1, _, _, _, _, _],
            [Table3Row.RefusedLawEnforcementFiles] = [_, _, _, _, _, _, _],
            [Table3Row.RefusedInquiryMatters] = [10, 2, _, _, _, _, _],
            [Table3Row.UnavailableNotHeld] = [252, 12, _, _, 1, _, _],
            [Table3Row.UnavailableNeedsCreation] = [44, 3, _, _, _, _, _],
            [Table3Row.UnavailableStillUnclear] = [25, _, _, _, _, _, _],
            [Table3Row.NotProcessedPetitionOrComplaint] = [148, 1, _, _, _, _, _],
            [Table3Row.NotProcessedRepeated] = [5, 4, _, _, _, _, _],
            [Table3Row.NotProcessedPublications] = [_, _, _, _, _, _, _],
            [Table3Row.NotProcessedMassRepeated] = [_, _, _, _, _, _, _],
            [Table3Row.NotProcessedConfirmation] = [_, _, _, _, _, _, _],
            [Table3Row.OtherHandling] = [_, _, _, _, _, _, _],
            [Table3Row.Total] = [767, 35, _, _, 2, 1, 805],
            [Table3Row.CarriedForward] = [72, _, _, _, _, _, 72],
        };
        Assert.Equal(Table3Layout.V2019.Rows.Select(d => d.Row).Order(), t3.Keys.Order());
        foreach (var (row, expected) in t3)
        {
            Assert.Equal<int?>(expected, [.. report.Applications[row].Cells]);
            cells += 7;
        }

        Assert.Equal<int?>([5, _, _, 2, 7, 8, _, _, 1, 9, _, _, _, _, _], [.. report.ReviewsAndLitigation.Cells]);
        cells += 15;

        Assert.Equal(22 + (23 * 7) + 15, cells);
    }

    [Fact]
    public void ValuesUnderLabelsWhoseSpansDoNotLineUpArePairedByPosition()
    {
        const string published = """<td nowrap="nowrap"><p align="center">行政许可</p></td><td nowrap="nowrap" colspan="2"><p align="center">0</p></td><td nowrap="nowrap"><p align="center">0</p></td><td nowrap="nowrap"><p align="center">0</p></td>""";
        var html = System.Text.Encoding.UTF8.GetString(Fixture("shanghai-office-2019.html"));
        Assert.Contains(published, html, StringComparison.Ordinal);
        const string variant = """<td nowrap="nowrap"><p align="center">行政许可</p></td><td nowrap="nowrap" colspan="2"><p align="center">3</p></td><td nowrap="nowrap"><p align="center">1</p></td><td nowrap="nowrap"><p align="center">4</p></td>""";
        var edited = html.Replace(published, variant, StringComparison.Ordinal);

        var report = ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes(edited), "page.html", new ImportOptions("shanghai-gov-office", "上海市")).Report!;

        Assert.Equal(new ItemCounts(3, 1, 4), Assert.IsType<Table2Of2019>(report.ActiveDisclosure).Licensing);
    }

    [Fact]
    public void ShanghaiOffice2019PassesValidationWithItsOwnArithmeticGapsAsWarnings()
    {
        var checkedReport = ReportCheck.Run(Fixture("shanghai-office-2019.html"), "shanghai-office-2019.html", null,
            new ImportOptions("shanghai-gov-office", "上海市"));

        Assert.True(checkedReport.IsPublishable, string.Join("\n", checkedReport.Findings));
        Assert.Contains(checkedReport.Findings, f => f.RuleId == "T3-B1" && f.Location?.Pointer == "/table3/granted/6");
    }
}
