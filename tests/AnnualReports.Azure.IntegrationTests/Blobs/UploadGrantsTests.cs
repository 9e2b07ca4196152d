using AnnualReports.Azure.Blobs;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace AnnualReports.Azure.IntegrationTests.Blobs;

/// <summary>
/// An office's upload links on Azurite. Azurite issues no user delegation keys, so the links are signed with its
/// account key, with the same permissions (create only) and scope (one blob) as in production.
/// </summary>
[Collection(UsesAzurite.Name)]
public class UploadGrantsTests(AzuriteFixture azurite)
{
    private const string Agency = "weixian-gov-office";

    [Fact]
    public async Task ALinkCreatesItsOwnBlobOnceAndCanDoNothingElse()
    {
        var incoming = await ContainerAsync();
        var grants = await new UploadGrants(incoming).IssueAsync(Agency, 2025, TimeSpan.FromDays(30), DateTimeOffset.UtcNow, CancellationToken.None);
        var docx = grants.Single(g => g.BlobName == $"{Agency}/2025.docx");
        var office = new BlobClient(docx.Url);

        await office.UploadAsync(BinaryData.FromString("report"));

        Assert.Equal("report", (await incoming.GetBlobClient(docx.BlobName).DownloadContentAsync()).Value.Content.ToString());
        await AssertRefusedAsync(() => office.UploadAsync(BinaryData.FromString("replaced"), overwrite: true));
        await AssertRefusedAsync(() => office.DownloadContentAsync());
        await AssertRefusedAsync(() => office.GetPropertiesAsync());
        await AssertRefusedAsync(() => office.DeleteAsync());
        Assert.Equal("report", (await incoming.GetBlobClient(docx.BlobName).DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task ALinkCannotListNorWriteAnyOtherName()
    {
        var incoming = await ContainerAsync();
        var grants = await new UploadGrants(incoming).IssueAsync(Agency, 2025, TimeSpan.FromDays(30), DateTimeOffset.UtcNow, CancellationToken.None);
        var sas = grants.Single(g => g.BlobName == $"{Agency}/2025.pdf").Url.Query;
        BlobClient With(string name) => new(new Uri(incoming.GetBlobClient(name).Uri + sas));

        await AssertRefusedAsync(() => With("other-agency/2025.pdf").UploadAsync(BinaryData.FromString("x")));
        await AssertRefusedAsync(() => With($"{Agency}/2024.pdf").UploadAsync(BinaryData.FromString("x")));
        await AssertRefusedAsync(() => With("2025.pdf").UploadAsync(BinaryData.FromString("x")));
        var listing = new BlobContainerClient(new Uri(incoming.Uri + sas));
        await AssertRefusedAsync(async () => await listing.GetBlobsAsync().ToListAsync());
        Assert.Empty(await incoming.GetBlobsAsync().ToListAsync());
        Assert.Equal(UploadGrants.Extensions.Select(e => $"{Agency}/2025{e}"), grants.Select(g => g.BlobName));
    }

    [Fact]
    public async Task RefusesAnInvalidAgencyId() =>
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await new UploadGrants(await ContainerAsync()).IssueAsync("../other", 2025, TimeSpan.FromDays(1), DateTimeOffset.UtcNow, CancellationToken.None));

    private async Task<BlobContainerClient> ContainerAsync()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"incoming-{Guid.NewGuid():N}");
        await container.CreateAsync();
        return container;
    }

    private static async Task AssertRefusedAsync(Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<RequestFailedException>(call);
        Assert.Equal(403, refused.Status);
    }
}
