using AnnualReports.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AnnualReports.Azure.IntegrationTests;

[Collection(UsesAzurite.Name)]
public class StorageWiringTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddAnnualReportsWiresEveryHandlerFromTheNamedConnectionAndSettings()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageOptions.ConnectionName] = azurite.ConnectionString,
                ["AnnualReports:WebContainer"] = "wired-web",
                ["AnnualReports:ReportsTable"] = "wiredreports",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddAnnualReports(configuration).BuildServiceProvider();

        await services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(CancellationToken.None);
        var summary = await services.GetRequiredService<SiteRegenerator>().RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.NotNull(services.GetRequiredService<UploadProcessor>());
        Assert.NotNull(services.GetRequiredService<DryRunValidator>());
        Assert.NotNull(services.GetRequiredService<UploadStatusQuery>());
        Assert.Contains(SitePaths.Home, summary.Written);
        var clients = services.GetRequiredService<StorageClients>();
        Assert.True((await clients.Blobs.GetBlobContainerClient("wired-web").GetBlobClient(SitePaths.Home).ExistsAsync()).Value);
    }
}
