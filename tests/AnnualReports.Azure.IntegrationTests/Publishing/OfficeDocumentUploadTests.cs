using System.Text;
using AnnualReports.Publishing;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>Offices drop the files they have — the plain-text export, a Word document — and get the same report.</summary>
[Collection(UsesAzurite.Name)]
public class OfficeDocumentUploadTests(AzuriteFixture azurite)
{
    private static byte[] SeedText() => File.ReadAllBytes(RepoPaths.File("seeds", "original", "weixian-2021-annual-report.txt"));

    /// <summary>The archived data file the reports table names for the seed's agency and year.</summary>
    private static async Task<byte[]> ArchivedCanonicalAsync(PipelineHarness harness)
    {
        var entry = await harness.Stores.Index.GetAsync("weixian-gov-office", 2021, CancellationToken.None);
        var path = $"weixian-gov-office/2021/data/{entry!.Summary.ContentHash}.json";
        return (await harness.Archive.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToArray();
    }

    [Fact]
    public async Task TheSeedTextExportUnderItsAgencyFolderPublishesTheSameReportAsTheSeedDataFile()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        var pagesBefore = await PipelineHarness.ETagsAsync(harness.Web);

        await harness.UploadAsync("weixian-gov-office/2021-annual-report.txt", SeedText());
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/2021-annual-report.txt", CancellationToken.None);

        var accepted = Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal("/weixian-gov-office/2021/", accepted.Url);
        Assert.Equal(PipelineHarness.SeedJson(), await ArchivedCanonicalAsync(harness));
        Assert.Equal(pagesBefore, await PipelineHarness.ETagsAsync(harness.Web));
    }

    [Fact]
    public async Task ATextExportOutsideAnyFolderJoinsThePublishedAgencyOfItsName()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);

        await harness.UploadAsync("2021年报告.txt", SeedText());
        var outcome = await harness.Processor().ProcessAsync("2021年报告.txt", CancellationToken.None);

        var accepted = Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal("/weixian-gov-office/2021/", accepted.Url);
        Assert.Contains(accepted.Warnings, w => w.RuleId == "I-META-MATCHED");
        Assert.Equal(PipelineHarness.SeedJson(), await ArchivedCanonicalAsync(harness));
    }

    [Fact]
    public async Task TheSeedTextExportInGb18030PublishesTheSameCanonicalData()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936).GetBytes(Encoding.UTF8.GetString(SeedText()));

        await harness.UploadAsync("weixian-gov-office/gbk.txt", gb18030);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/gbk.txt", CancellationToken.None);

        Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal(PipelineHarness.SeedJson(), await ArchivedCanonicalAsync(harness));
    }

    [Fact]
    public async Task AWordDocumentOfANewAgencyIsPublishedUnderItsFolderName()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var docx = DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()));

        await harness.UploadAsync("weixian-gov-office/report.docx", docx);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/report.docx", CancellationToken.None);

        var accepted = Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal("/weixian-gov-office/2021/", accepted.Url);
        Assert.True(await harness.Web.GetBlobClient(SitePaths.ReportPage("weixian-gov-office", 2021)).ExistsAsync());
    }

    [Fact]
    public async Task ACorruptWordDocumentIsRejectedAndKept()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        byte[] corrupt = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00];

        await harness.UploadAsync("weixian-gov-office/broken.docx", corrupt);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/broken.docx", CancellationToken.None);

        var rejected = Assert.IsType<UploadOutcome.Rejected>(outcome);
        Assert.NotEmpty(rejected.Findings);
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));
        Assert.Equal(corrupt, (await harness.Incoming.GetBlobClient("weixian-gov-office/broken.docx").DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task APortalPageInGbkPublishesTheSameCanonicalData()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        var page = PortalPageWriter.Write(
            NationalFormatDocument.From(SampleReports.Weixian2021()), new PortalMetadata("000014349/2022-00012", "威县人民政府办公室", "2022-01-20"), "gbk");

        await harness.UploadAsync("weixian-gov-office/2021.htm", page);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/2021.htm", CancellationToken.None);

        Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal(PipelineHarness.SeedJson(), await ArchivedCanonicalAsync(harness));
    }

    [Fact]
    public async Task AReportThatPrintsNoDateIsPublishedWithoutOneAndTheTableEntryKeepsNone()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var seed = SampleReports.Weixian2021();
        var docx = DocxWriter.Write(NationalFormatDocument.From(seed with { Metadata = seed.Metadata with { PublishDate = null } }));

        await harness.UploadAsync("weixian-gov-office/undated.docx", docx);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/undated.docx", CancellationToken.None);

        var accepted = Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Contains(accepted.Warnings, w => w.RuleId == "I-META-DATE");
        Assert.Contains(accepted.Warnings, w => w.RuleId == "D-R1");
        var entry = await harness.Stores.Index.GetAsync("weixian-gov-office", 2021, CancellationToken.None);
        Assert.Null(entry!.Summary.PublishDate);
        Assert.DoesNotContain("publishDate", Encoding.UTF8.GetString(await ArchivedCanonicalAsync(harness)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageIsRejectedWithUTypeAndKept()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        await harness.UploadAsync("weixian-gov-office/scan.png", png);
        var outcome = await harness.Processor().ProcessAsync("weixian-gov-office/scan.png", CancellationToken.None);

        Assert.Equal("U-TYPE", Assert.Single(Assert.IsType<UploadOutcome.Rejected>(outcome).Findings).RuleId);
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));
        Assert.Equal(png, (await harness.Incoming.GetBlobClient("weixian-gov-office/scan.png").DownloadContentAsync()).Value.Content.ToArray());
    }
}
