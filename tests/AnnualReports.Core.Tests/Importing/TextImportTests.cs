using System.Text;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Parsing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Importing;

public class TextImportTests
{
    private static readonly ImportOptions SeedOptions = new(AgencyId: "weixian-gov-office", Region: "河北省邢台市威县");

    [Fact]
    public void ImportsTheSeedTextExportAsTheSeedReport()
    {
        var result = ReportImporter.Import(SeedFiles.WeixianText(), "weixian-2021-annual-report.txt", SeedOptions);

        Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
        Assert.Equal(SampleReports.Weixian2021(), result.Report);
    }

    [Fact]
    public void TheSeedTextExportConvertsToTheSeedDataFile()
    {
        var result = ReportImporter.Import(SeedFiles.WeixianText(), "weixian-2021-annual-report.txt", SeedOptions);

        Assert.NotNull(result.Report);
        Assert.Equal(File.ReadAllText(RepoPaths.File("seeds", "weixian-2021.json")), CanonicalJson.Write(result.Report));
    }

    [Fact]
    public void StripsTheBookmarkResidueOfWordsTextExport()
    {
        var text = System.Text.Encoding.UTF8.GetString(SeedFiles.WeixianText());
        Assert.Contains("[bookmark: _GoBack]", text, StringComparison.Ordinal);

        var report = ReportImporter.Import(SeedFiles.WeixianText(), "seed.txt", SeedOptions).Report!;

        Assert.DoesNotContain("bookmark", CanonicalJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportsTheSeedWrittenWithAByteOrderMark()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(SeedFiles.WeixianText()).ToArray();

        var result = ReportImporter.Import(bytes, "seed.txt", SeedOptions);

        Assert.Equal(SampleReports.Weixian2021(), result.Report);
    }

    [Fact]
    public void ImportsTheSeedEncodedInGb18030()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var bytes = gb18030.GetBytes(Encoding.UTF8.GetString(SeedFiles.WeixianText()));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var result = ReportImporter.Import(bytes, "seed.txt", SeedOptions);

        Assert.Equal(SampleReports.Weixian2021(), result.Report);
    }

    [Fact]
    public void GeneratesAHashedAgencyIdAndWarnsWhenNoneIsGiven()
    {
        var result = ReportImporter.Import(SeedFiles.WeixianText(), "seed.txt");

        Assert.NotNull(result.Report);
        Assert.Matches("^agency-[0-9a-f]{8}$", result.Report.Metadata.Agency.Id);
        Assert.Equal("威县", result.Report.Metadata.Agency.Region);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.AgencyIdGenerated && f.Severity == Severity.Warning);
        Assert.Equal(result.Report.Metadata.Agency.Id, ReportImporter.Import(SeedFiles.WeixianText(), "again.txt").Report?.Metadata.Agency.Id);
    }

    [Fact]
    public void JoinsThePublishedAgencyOfTheSameNameWhenNoIdIsGiven()
    {
        var published = new Agency("weixian-gov-office", "威县人民政府办公室", AgencyKind.Department, "河北省邢台市威县");
        var other = new Agency("other-office", "别的机关", AgencyKind.Department, "别处");

        var result = ReportImporter.Import(SeedFiles.WeixianText(), "seed.txt", ImportOptions.Default with { KnownAgencies = [other, published] });

        // The published agency's region name names one division, whose code the import adds.
        Assert.Equal(published with { RegionCode = "130533" }, result.Report?.Metadata.Agency);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.AgencyMatched && f.Severity == Severity.Warning);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is ImportFindings.AgencyIdGenerated or ImportFindings.RegionGuessed);
    }

    [Fact]
    public void StillGeneratesAnIdWhenTwoPublishedAgenciesShareTheName()
    {
        var twins = ImportOptions.Default with
        {
            KnownAgencies = [new("a-office", "威县人民政府办公室", AgencyKind.Department, "甲"), new("b-office", "威县人民政府办公室", AgencyKind.Department, "乙")],
        };

        var result = ReportImporter.Import(SeedFiles.WeixianText(), "seed.txt", twins);

        Assert.Matches("^agency-[0-9a-f]{8}$", result.Report?.Metadata.Agency.Id);
        Assert.Contains(result.Findings, f => f.RuleId == ImportFindings.AgencyIdGenerated);
    }
}
