using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.Azure.Blobs;
using AnnualReports.Publishing.Ports;
using AnnualReports.TestKit;

namespace AnnualReports.Bench;

/// <summary>An in-memory Azurite with the product's containers and tables, and the use cases wired on it.</summary>
internal sealed class Storage : IAsyncDisposable
{
    private Storage(AzuriteProcess azurite, StorageClients clients, StorageOptions options, CountingSiteStore site)
    {
        Azurite = azurite;
        Clients = clients;
        Options = options;
        Site = site;
        var stores = StorageServiceCollectionExtensions.CreateStores(clients, options);
        Stores = stores with { Site = site };
    }

    public AzuriteProcess Azurite { get; }

    public StorageClients Clients { get; }

    public StorageOptions Options { get; }

    /// <summary>The ports, with <c>$web</c> behind a write counter.</summary>
    public PublishingStores Stores { get; }

    public CountingSiteStore Site { get; }

    public SiteRenderer Renderer { get; } = new(SiteOptions.Local);

    public static async Task<Storage> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteSettings { StartTimeout = TimeSpan.FromSeconds(120) }).ConfigureAwait(false);
        var clients = StorageClients.FromConnectionString(azurite.ConnectionString);
        var options = new StorageOptions();
        await new StorageProvisioner(clients, options).EnsureCreatedAsync(CancellationToken.None).ConfigureAwait(false);
        var site = new CountingSiteStore(StorageServiceCollectionExtensions.CreateStores(clients, options).Site);
        return new Storage(azurite, clients, options, site);
    }

    /// <summary>The private manifest of whole-site regenerations.</summary>
    public BlobSiteManifestStore Manifest => new(Clients.Blobs.GetBlobContainerClient(Options.ArchiveContainer));

    /// <summary>The use cases wired on the counted stores.</summary>
    public PublishingPipeline Pipeline(int parallelism = SiteRegenerator.DefaultParallelism) => new(Stores, Manifest, Renderer, parallelism);

    /// <summary>
    /// Regenerates one agency into a container of its own, so the code paths are compiled (tiered JIT) and the
    /// connections open before anything is timed, without writing a file of the real site.
    /// </summary>
    public async Task WarmUpAsync(string agencyId, int parallelism)
    {
        var options = Options with { WebContainer = "warmup" };
        await Clients.Blobs.GetBlobContainerClient(options.WebContainer).CreateIfNotExistsAsync().ConfigureAwait(false);
        var stores = StorageServiceCollectionExtensions.CreateStores(Clients, options);
        var regenerator = new PublishingPipeline(stores, new NoManifest(), Renderer, parallelism).Regenerator;
        for (var round = 0; round < 3; round++)
        {
            await regenerator.RegenerateAsync(new RegenerationScope(agencyId), CancellationToken.None).ConfigureAwait(false);
            await Clients.Blobs.GetBlobContainerClient(options.WebContainer).DeleteBlobIfExistsAsync(SitePaths.AgencyPage(agencyId)).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps no manifest, so the warm-up leaves none behind for the timed runs.</summary>
    private sealed class NoManifest : ISiteManifestStore
    {
        public Task<IReadOnlyDictionary<string, PageVersion>?> ReadAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, PageVersion>?>(null);

        public Task WriteAsync(IReadOnlyDictionary<string, PageVersion> versions, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Azurite.Dispose();
        return ValueTask.CompletedTask;
    }
}
