using AnnualReports.Azure.Local;
using AnnualReports.TestKit;

namespace AnnualReports.Azure.IntegrationTests;

/// <summary>One Azurite, in memory on free ports, for the whole collection. If it cannot start, every test fails.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(new AzuriteSettings(SearchFrom: RepoPaths.Root));

    public Task DisposeAsync()
    {
        _azurite?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class UsesAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
