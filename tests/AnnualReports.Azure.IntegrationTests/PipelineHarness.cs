using System.Text.Json.Nodes;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using AnnualReports.Azure.Blobs;

namespace AnnualReports.Azure.IntegrationTests;

/// <summary>
/// The real adapters and use cases on containers and tables of their own (unique names per test), so tests sharing
/// one Azurite never see each other's data.
/// </summary>
public sealed class PipelineHarness
{
    private static int _counter;

    private PipelineHarness(StorageClients clients, StorageOptions options)
    {
        Clients = clients;
        Options = options;
        Stores = StorageServiceCollectionExtensions.CreateStores(clients, options);
    }

    public StorageClients Clients { get; }

    public StorageOptions Options { get; }

    public PublishingStores Stores { get; }

    public BlobContainerClient Incoming => Clients.Blobs.GetBlobContainerClient(Options.IncomingContainer);

    public BlobContainerClient Web => Clients.Blobs.GetBlobContainerClient(Options.WebContainer);

    public BlobContainerClient Archive => Clients.Blobs.GetBlobContainerClient(Options.ArchiveContainer);

    public BlobContainerClient Rejections => Clients.Blobs.GetBlobContainerClient(Options.RejectionsContainer);

    public TableClient Reports => Clients.Tables.GetTableClient(Options.ReportsTable);

    public TableClient Uploads => Clients.Tables.GetTableClient(Options.UploadsTable);

    public TableClient Summaries => Clients.Tables.GetTableClient(Options.SummariesTable);

    public static async Task<PipelineHarness> CreateAsync(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var n = Interlocked.Increment(ref _counter);
        var suffix = $"{Environment.ProcessId}x{n}";
        var options = IsolatedStorageNames.For(suffix);
        var harness = new PipelineHarness(StorageClients.FromConnectionString(azurite.ConnectionString), options);
        await new StorageProvisioner(harness.Clients, options).EnsureCreatedAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>The private site manifest of the whole-site regenerations.</summary>
    public BlobSiteManifestStore Manifest => new(Archive);

    /// <summary>A processor of its own (as on another instance), sharing the storage.</summary>
    public UploadProcessor Processor(SiteRenderer? renderer = null) => Pipeline(renderer).Processor;

    public SiteRegenerator Regenerator(SiteRenderer renderer) => Pipeline(renderer).Regenerator;

    /// <summary>The use cases wired on adapters of their own (as on another instance), sharing the storage.</summary>
    public PublishingPipeline Pipeline(SiteRenderer? renderer = null, SiteLimits? limits = null) =>
        new(StorageServiceCollectionExtensions.CreateStores(Clients, Options), Manifest, renderer, limits: limits);

    public async Task UploadAsync(string name, byte[] content) =>
        await Incoming.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true);

    /// <summary>Every blob of a container with its ETag: a changed ETag means the blob was written.</summary>
    public static async Task<Dictionary<string, string>> ETagsAsync(BlobContainerClient container)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync())
        {
            etags[blob.Name] = blob.Properties.ETag!.Value.ToString();
        }

        return etags;
    }

    public static byte[] SeedJson() => File.ReadAllBytes(RepoPaths.File("seeds", "weixian-2021.json"));

    /// <summary>The seed with its data changed by <paramref name="edit"/>.</summary>
    public static byte[] SeedVariant(Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var node = JsonNode.Parse(SeedJson())!;
        edit(node);
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    /// <summary>The seed, published by another agency.</summary>
    public static byte[] SeedOfAgency(string agencyId, string agencyName) => SeedVariant(node =>
    {
        node["agency"]!["id"] = agencyId;
        node["agency"]!["name"] = agencyName;
    });
}
