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
}
