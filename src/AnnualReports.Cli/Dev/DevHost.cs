using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// The whole pipeline on one machine: storage (Azurite unless configured) with its containers and tables, the seeds
/// published, the <c>incoming</c> watcher, the HTTP API and the static website. Start it, use the URLs, dispose it.
/// </summary>
public sealed class DevHost : IAsyncDisposable
{
    private readonly DevStorage _storage;
    private readonly WebApplication _site;
    private readonly WebApplication _api;

    private DevHost(DevStorage storage, WebApplication site, WebApplication api, IReadOnlyList<UploadOutcome> seedOutcomes)
    {
        _storage = storage;
        _site = site;
        _api = api;
        SeedOutcomes = seedOutcomes;
        SiteUrl = LoopbackWebApp.Address(site);
        ApiUrl = LoopbackWebApp.Address(api);
    }

    /// <summary>The static website's root, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri SiteUrl { get; }

    /// <summary>The HTTP API's root; the routes are under <c>api/</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>Azurite's connection string, or which setting named the configured account.</summary>
    public string StorageDescription => _storage.Description;

    /// <summary>Azurite's connection string, or <c>null</c> when a configured account is used.</summary>
    public string? EmulatorConnectionString => _storage.EmulatorConnectionString;

    /// <summary>What became of each seed report.</summary>
    public IReadOnlyList<UploadOutcome> SeedOutcomes { get; }

    /// <summary>The services of the API host: <see cref="StorageClients"/>, <see cref="IncomingWatcher"/>, the handlers.</summary>
    public IServiceProvider Services => _api.Services;

    public static async Task<DevHost> StartAsync(DevOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Configuration ?? new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var storage = await DevStorage.StartAsync(settings, options.SearchFrom, output, cancellationToken).ConfigureAwait(false);
        WebApplication? site = null;
        WebApplication? api = null;
        try
        {
            var storageSettings = Overlay(settings, (StorageOptions.ConnectionName, storage.EmulatorConnectionString));
            site = await SiteServer.StartAsync(options.SitePort, storageSettings, options.MinimumLogLevel, cancellationToken).ConfigureAwait(false);
            var siteBaseUrl = settings[$"{StorageOptions.SiteSectionName}:BaseUrl"] ?? LoopbackWebApp.Address(site).ToString();
            api = ApiServer.Build(options.ApiPort, Overlay(storageSettings, ($"{StorageOptions.SiteSectionName}:BaseUrl", siteBaseUrl)), options);
            await api.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var seeds = options.PublishSeeds ? await PublishSeedsAsync(api.Services, options, cancellationToken).ConfigureAwait(false) : [];
            if (options.PublishDemo)
            {
                seeds = [.. seeds, .. await DemoPublisher.PublishAsync(Incoming(api.Services), api.Services.GetRequiredService<UploadProcessor>(), cancellationToken).ConfigureAwait(false)];
            }

            await api.StartAsync(cancellationToken).ConfigureAwait(false);
            return new DevHost(storage, site, api, seeds);
        }
        catch
        {
            await StopAsync(api, site, storage).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the API (and the watcher), the website, then Azurite.</summary>
    public ValueTask DisposeAsync() => StopAsync(_api, _site, _storage);

    private static async Task<IReadOnlyList<UploadOutcome>> PublishSeedsAsync(IServiceProvider services, DevOptions options, CancellationToken cancellationToken)
    {
        var seedsFolder = Path.Combine(RepositoryRoot.Find(options.SearchFrom), "seeds");
        return await SeedPublisher.PublishAsync(seedsFolder, Incoming(services), services.GetRequiredService<UploadProcessor>(), cancellationToken).ConfigureAwait(false);
    }

    private static IncomingUploads Incoming(IServiceProvider services) => new(
        services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(services.GetRequiredService<StorageOptions>().IncomingContainer));

    private static IConfiguration Overlay(IConfiguration settings, params (string Key, string? Value)[] overrides) =>
        new ConfigurationBuilder()
            .AddConfiguration(settings)
            .AddInMemoryCollection(overrides.Where(o => o.Value is not null).Select(o => KeyValuePair.Create(o.Key, o.Value)))
            .Build();

    private static async ValueTask StopAsync(WebApplication? api, WebApplication? site, DevStorage storage)
    {
        foreach (var app in new[] { api, site })
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }

        storage.Dispose();
    }
}
