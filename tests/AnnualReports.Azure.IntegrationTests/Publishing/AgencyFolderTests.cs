using AnnualReports.Publishing;
using Azure.Storage.Blobs.Models;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>An agency's folder in <c>incoming</c> publishes that agency's reports only; uploads outside any folder are the operator's.</summary>
[Collection(UsesAzurite.Name)]
public class AgencyFolderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AReportOfAnotherAgencyInAnOfficesFolderIsRejectedAndThePublishedReportStays()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        Assert.IsType<UploadOutcome.Accepted>(await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None));
        var before = await PipelineHarness.ETagsAsync(harness.Web);
        var changed = PipelineHarness.SeedVariant(node => node["compiledBy"] = "别的机关");
        await harness.UploadAsync("other-office/2021.json", changed);

        var outcome = await harness.Processor().ProcessAsync("other-office/2021.json", CancellationToken.None);

        var rejected = Assert.IsType<UploadOutcome.Rejected>(outcome);
        var finding = Assert.Single(rejected.Findings, f => f.RuleId == AgencyFolders.RuleId);
        Assert.Contains("other-office", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("weixian-gov-office", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(before, await PipelineHarness.ETagsAsync(harness.Web));
        Assert.True((await harness.Incoming.GetBlobClient("other-office/2021.json").ExistsAsync()).Value);
    }

    [Fact]
    public async Task AnUploadOutsideAnyAgencyFolderPublishesTheAgencyItNames()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-2021.json", PipelineHarness.SeedJson());

        var outcome = await harness.Processor().ProcessAsync("weixian-2021.json", CancellationToken.None);

        Assert.Equal("weixian-gov-office", Assert.IsType<UploadOutcome.Accepted>(outcome).AgencyId);
    }

    [Fact]
    public async Task TheArchivedOriginalKeepsTheUploadsContentType()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.Incoming.GetBlobClient("weixian-gov-office/2021.json").UploadAsync(
            BinaryData.FromBytes(PipelineHarness.SeedJson()),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } });

        Assert.IsType<UploadOutcome.Accepted>(await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None));

        var original = harness.Archive.GetBlobClient("weixian-gov-office/2021/uploads/weixian-gov-office/2021.json");
        Assert.Equal("application/json", (await original.GetPropertiesAsync()).Value.ContentType);
    }

    [Fact]
    public async Task TheRecordedUploadVersionIsTheETagWithoutQuotes()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        var etag = (await harness.Incoming.GetBlobClient("weixian-gov-office/2021.json").GetPropertiesAsync()).Value.ETag.ToString();

        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);

        var record = await harness.Stores.UploadLog.GetAsync("weixian-gov-office/2021.json", CancellationToken.None);
        Assert.Equal(etag.Trim('"'), record!.UploadVersion);
        Assert.DoesNotContain('"', record.UploadVersion);
    }
}
