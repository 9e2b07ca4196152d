using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Cli.Dev;
using AnnualReports.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>
/// One local stack for the collection: Azurite in memory (a test that cannot start it fails), the seeds published,
/// the watcher, the API and the website on free ports. Settings come from nothing but this fixture.
/// </summary>
public sealed class DevHostFixture : IAsyncLifetime
{
    private DevHost? _host;

    public DevHost Host => _host ?? throw new InvalidOperationException("The dev host has not started.");

    public HttpClient Site { get; private set; } = new();

    public HttpClient Api { get; private set; } = new();

    public IncomingUploads Incoming =>
        new(Host.Services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(Host.Services.GetRequiredService<StorageOptions>().IncomingContainer));

    public async Task InitializeAsync()
    {
        var options = new DevOptions(0, 0, PublishSeeds: true, new ConfigurationBuilder().Build(), RepoPaths.Root) { MinimumLogLevel = LogLevel.Warning };
        _host = await DevHost.StartAsync(options, TextWriter.Null, CancellationToken.None);
        Site = new HttpClient { BaseAddress = _host.SiteUrl };
        Api = new HttpClient { BaseAddress = _host.ApiUrl };
    }

    public async Task DisposeAsync()
    {
        Site.Dispose();
        Api.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UsesDevHost : ICollectionFixture<DevHostFixture>
{
    public const string Name = "Dev host";
}
