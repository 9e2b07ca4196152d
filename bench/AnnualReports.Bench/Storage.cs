using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.Azure.Blobs;
using AnnualReports.Publishing.Ports;
using AnnualReports.TestKit;
using AnnualReports.Reports;
using AnnualReports.Parsing;

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

    /// <param name="extentMemoryLimitMb">Blob content Azurite may hold in memory; its default (half the machine's memory) when <c>null</c>.</param>
    public static async Task<Storage> StartAsync(int? extentMemoryLimitMb = null)
    {
        var settings = new AzuriteSettings { StartTimeout = TimeSpan.FromSeconds(120), ExtentMemoryLimitMb = extentMemoryLimitMb };
        var azurite = await AzuriteProcess.StartAsync(settings).ConfigureAwait(false);
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
    /// Runs whole-site regenerations of a small site of its own (its own table, archive and web containers) until the
    /// code paths the timed runs take are compiled by the tiered JIT, and the connections are open, without touching
    /// the real site. The small site has more reports than <see cref="SiteRegenerator.StreamThreshold"/>, so it streams.
    /// </summary>
    public async Task WarmUpAsync(int parallelism)
    {
        var options = Options with { ReportsTable = "warmupreports", ArchiveContainer = "warmuparchive", UploadsTable = "warmupuploads", SummariesTable = "warmupsummaries" };
        await new StorageProvisioner(Clients, options).EnsureCreatedAsync(CancellationToken.None).ConfigureAwait(false);
        await SeedAsync(StorageServiceCollectionExtensions.CreateStores(Clients, options), SyntheticReports.Site(SiteRegenerator.StreamThreshold * 2, 1)).ConfigureAwait(false);
        for (var round = 0; round < WarmUpRounds; round++)
        {
            var web = options with { WebContainer = $"warmupweb{round}" };
            await Clients.Blobs.GetBlobContainerClient(web.WebContainer).CreateIfNotExistsAsync().ConfigureAwait(false);
            var regenerator = new PublishingPipeline(StorageServiceCollectionExtensions.CreateStores(Clients, web), new NoManifest(), Renderer, parallelism).Regenerator;
            await regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None).ConfigureAwait(false);
        }

        // Give the JIT's background tier-up of the methods called in the warm-up time to finish.
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
    }

    private const int WarmUpRounds = 4;
    private const int SeedParallelism = 16;

    /// <summary>Archives every report and saves its table entry, as published uploads would have.</summary>
    public static async Task<int> SeedAsync(PublishingStores stores, IEnumerable<AnnualReport> reports)
    {
        var count = 0;
        await Parallel.ForEachAsync(
            reports,
            new ParallelOptions { MaxDegreeOfParallelism = SeedParallelism },
            async (report, ct) =>
            {
                var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
                var canonical = CanonicalJson.WriteUtf8(report);
                var uploadedAt = new DateTimeOffset((report.Metadata.PublishDate ?? new DateOnly(year + 1, 1, 20)).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                var upload = new Upload($"{agencyId}/{year}.json", canonical, "\"seed\"", uploadedAt);
                await stores.Archive.ArchiveAsync(agencyId, year, canonical, upload, ct).ConfigureAwait(false);
                var entry = new IndexedReport(
                    ReportSummary.From(report, uploadedAt.AddHours(1), 0, ContentHash.Of(canonical)),
                    ReportStatus.Published,
                    upload.Name,
                    upload.Version,
                    uploadedAt,
                    ValueList<FindingDigest>.Empty);
                await stores.Index.SaveAsync(entry, canonical, null, ct).ConfigureAwait(false);
                Interlocked.Increment(ref count);
            }).ConfigureAwait(false);
        return count;
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
