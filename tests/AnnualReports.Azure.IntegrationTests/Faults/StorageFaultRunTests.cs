using Xunit.Abstractions;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// The pipeline under storage faults ends where it ends without them: the same mixed sequence of uploads is played
/// once without faults and once with a share of all storage requests failing, and the two end states are compared
/// blob by blob and entity by entity. The bench runs the same with at least 1,000 uploads (docs/reliability.md).
/// </summary>
[Collection(UsesAzurite.Name)]
public class StorageFaultRunTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Uploads = 60;
    private const int Seed = 13;

    [Fact]
    public async Task EndsAsTheFaultFreeRunDoesAtTenPercentFaults()
    {
        var reference = await FaultRun.RunAsync(azurite.ConnectionString, Names("ref"), new FaultRunSettings(Uploads, 0, Seed));
        var faulty = await FaultRun.RunAsync(azurite.ConnectionString, Names("flt"), new FaultRunSettings(Uploads, 0.10, Seed));
        output.WriteLine(FaultRunReport.Describe(reference, faulty));
        Assert.Empty(reference.Snapshot.Problems);
        Assert.Empty(faulty.Snapshot.Problems);
        Assert.Empty(faulty.LostEvents);
        Assert.Empty(faulty.Snapshot.DifferencesFrom(reference.Snapshot));
        Assert.Equal(0, reference.FaultsInjected);
        Assert.True(faulty.FaultsInjected > 50, $"Only {faulty.FaultsInjected} faults were injected.");
        Assert.True(faulty.FailedDeliveries > 0, "No fault got past the SDK's retries to make a delivery fail.");
        Assert.NotEmpty(reference.Snapshot.Web);
        Assert.Contains(reference.Snapshot.Uploads.Values, v => v.Contains("Status=Rejected", StringComparison.Ordinal));
        Assert.Contains(reference.Snapshot.Uploads.Values, v => v.Contains("Status=Accepted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheComparisonSeesADifferenceInOnePublishedByte()
    {
        var first = await FaultRun.RunAsync(azurite.ConnectionString, Names("cmpa"), new FaultRunSettings(8, 0, Seed));
        var options = Names("cmpb");
        var second = await FaultRun.RunAsync(azurite.ConnectionString, options, new FaultRunSettings(8, 0, Seed));
        Assert.Empty(second.Snapshot.DifferencesFrom(first.Snapshot));

        var clients = StorageClients.FromConnectionString(azurite.ConnectionString);
        var page = clients.Blobs.GetBlobContainerClient(options.WebContainer).GetBlobClient("index.html");
        var original = (await page.DownloadContentAsync()).Value;
        var bytes = original.Content.ToArray();
        bytes[^2] ^= 0x20;
        await page.UploadAsync(BinaryData.FromBytes(bytes), new global::Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            HttpHeaders = new global::Azure.Storage.Blobs.Models.BlobHttpHeaders
            {
                ContentType = original.Details.ContentType,
                CacheControl = original.Details.CacheControl,
            },
            Metadata = original.Details.Metadata,
        });
        var changed = await SiteSnapshot.ReadAsync(clients, options, AnnualReports.Rendering.SiteOptions.Local);

        var difference = Assert.Single(changed.DifferencesFrom(first.Snapshot));
        Assert.StartsWith("$web index.html", difference, StringComparison.Ordinal);
        Assert.Contains(changed.Problems, p => p.EndsWith("/index.html", StringComparison.Ordinal) || p.Contains("/index.html: metadata sha256", StringComparison.Ordinal));
    }

    private static StorageOptions Names(string run) => IsolatedStorageNames.For($"{run}{Environment.ProcessId}");
}
