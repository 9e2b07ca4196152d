using System.Text;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Azure.IntegrationTests.Blobs;

[Collection(UsesAzurite.Name)]
public class BlobSiteManifestStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ReadsBackTheVersionsItSaved()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var versions = new Dictionary<string, PageVersion>
        {
            ["index.html"] = new("\"0x1\"", new string('a', 64), null),
            ["机关/2021/index.html"] = new("\"0x2\"", new string('b', 64), new string('c', 64)),
            ["stray.txt"] = new("\"0x3\"", null, null),
        };

        Assert.Null(await harness.Manifest.ReadAsync(CancellationToken.None));
        await harness.Manifest.WriteAsync(versions, CancellationToken.None);

        Assert.Equal(versions.OrderBy(v => v.Key, StringComparer.Ordinal), (await harness.Manifest.ReadAsync(CancellationToken.None))!.OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task AManifestThatDoesNotParseCountsAsNone()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.Archive.UploadBlobAsync(Azure.Blobs.BlobSiteManifestStore.BlobName, BinaryData.FromBytes(Encoding.UTF8.GetBytes("{\"format\":1,\"files\":[[1,2]]}")));

        Assert.Null(await harness.Manifest.ReadAsync(CancellationToken.None));
    }
}
